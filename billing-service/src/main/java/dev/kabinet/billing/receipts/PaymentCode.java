package dev.kabinet.billing.receipts;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of the payment QR code per GOST R 56042-2014 (DOMAIN.md "Receipt"): {@code ST00012} (format 0001, UTF-8),
 * then the required {@code Name}, {@code PersonalAcc}, {@code BankName}, {@code BIC}, {@code CorrespAcc} in this
 * order, then {@code PayeeINN}, {@code KPP}, {@code Sum} (kopecks, only when something is to be paid), {@code Purpose},
 * {@code PersAcc} (the account number), {@code PaymPeriod} (MMYYYY) and {@code TechCode=02} (housing and utilities).
 * A value never carries the separator {@code |}; over-long values are cut to the standard's lengths.
 */
public final class PaymentCode {

    static final String HEADER = "ST00012";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMyyyy");
    private static final DateTimeFormatter PURPOSE_PERIOD = DateTimeFormatter.ofPattern("MM.yyyy");

    private PaymentCode() {}

    /** The fields in their order (for tests and the text). */
    public static Map<String, String> fields(Receipt receipt) {
        var payee = receipt.payee();
        var fields = new LinkedHashMap<String, String>();
        fields.put("Name", clean(payee.name(), 160));
        fields.put("PersonalAcc", payee.personalAcc());
        fields.put("BankName", clean(payee.bankName(), 45));
        fields.put("BIC", payee.bic());
        fields.put("CorrespAcc", payee.correspAcc().isEmpty() ? "0" : payee.correspAcc());
        fields.put("PayeeINN", payee.inn());
        if (!payee.kpp().isEmpty()) {
            fields.put("KPP", payee.kpp());
        }
        if (receipt.totalKopecks() > 0) {
            fields.put("Sum", Long.toString(receipt.totalKopecks()));
        }
        fields.put(
                "Purpose",
                clean(
                        "Оплата ЖКУ за " + receipt.period().format(PURPOSE_PERIOD) + ", л/с " + receipt.accountNumber(),
                        210));
        fields.put("PersAcc", receipt.accountNumber());
        fields.put("PaymPeriod", receipt.period().format(PERIOD));
        fields.put("TechCode", "02");
        return fields;
    }

    static String of(Receipt receipt) {
        var text = new StringBuilder(HEADER);
        fields(receipt)
                .forEach(
                        (key, value) -> text.append('|').append(key).append('=').append(value));
        return text.toString();
    }

    private static String clean(String value, int maxLength) {
        var clean =
                value.replace('|', ' ').replace('\n', ' ').replace('\r', ' ').strip();
        return clean.length() <= maxLength ? clean : clean.substring(0, maxLength);
    }
}
