package dev.kabinet.acquirer.orders;

/** The processing answers ({@code actionCode}, {@code actionCodeDescription}) this acquirer gives. */
public enum ActionCode {
    NO_ATTEMPT(-100, "Не было попыток оплаты"),
    SUCCESS(0, "Платёж успешно проведён"),
    DO_NOT_HONOR(5, "Отклонено банком, выпустившим карту"),
    INSUFFICIENT_FUNDS(116, "Недостаточно средств на карте"),
    THREE_DS_DECLINED(-2006, "Неверный одноразовый пароль 3-D Secure"),
    EXPIRED(-2007, "Истёк срок ожидания ввода данных");

    private final int code;
    private final String description;

    ActionCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }
}
