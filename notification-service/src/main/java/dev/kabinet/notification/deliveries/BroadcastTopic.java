package dev.kabinet.notification.deliveries;

/** What an operator's broadcast is about (NT-3), which frames its subject. */
public enum BroadcastTopic {
    TARIFF_CHANGE("Изменение тарифов", "Tariff change"),
    METER_INSTALLATION("Установка счётчиков", "Meter installation"),
    OFFICE_NEWS("Новости офисов", "Office news");

    private final String ru;
    private final String en;

    BroadcastTopic(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    public String label(Language language) {
        return language == Language.EN ? en : ru;
    }
}
