package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NT-3 NT-4 NT-5 NT-2 the new notices in Russian and English, money and dates the resident's way (#11)")
class NewNoticesTest {

    final NoticeTemplates templates = new NoticeTemplates(ZoneId.of("Europe/Moscow"));

    @Test
    void moneyIsWrittenTheResidentsWay() {
        assertThat(NoticeTemplates.money(187_861, Language.RU)).isEqualTo("1\u00a0878,61\u00a0₽");
        assertThat(NoticeTemplates.money(5, Language.RU)).isEqualTo("0,05\u00a0₽");
        assertThat(NoticeTemplates.money(123_456_789, Language.EN)).isEqualTo("RUB 1,234,567.89");
        assertThat(NoticeTemplates.month(YearMonth.of(2026, 10), Language.RU)).isEqualTo("октябрь 2026");
        assertThat(NoticeTemplates.month(YearMonth.of(2026, 10), Language.EN)).isEqualTo("October 2026");
    }

    @Test
    void theEBillHasNoSmsAndSaysThePdfIsAttached() {
        var receipt = new IssuedReceipt("1000000011", YearMonth.of(2026, 10), 187_861, LocalDate.of(2026, 11, 10), 0);
        var ru = templates.eBill(receipt, Language.RU);
        var en = templates.eBill(receipt, Language.EN);

        assertThat(ru.template()).isEqualTo("e-bill/1");
        assertThat(ru.emailText()).contains("во вложении", "1\u00a0878,61\u00a0₽", "10.11.2026");
        assertThat(en.emailHtml()).contains("attached", "RUB 1,878.61", "10 Nov 2026");
        assertThat(ru.smsText()).isEmpty();
    }

    @Test
    void thePaymentReceiptCarriesTheFiscalData() {
        var receipt = new FiscalReceipt(
                UUID.randomUUID(),
                "1000000011",
                207_200,
                Instant.parse("2026-11-29T10:05:14Z"),
                "12345",
                "3025117496",
                "7281440500123456",
                "https://kabinet.example/r/1?a=1&b=2",
                null,
                "+79161234567");
        var ru = templates.paymentReceipt(receipt, Language.RU);

        assertThat(ru.subject()).isEqualTo("Оплата 2\u00a0072,00\u00a0₽ по лицевому счёту 1000000011 получена");
        assertThat(ru.emailText()).contains("ФД: 12345", "ФП: 3025117496", "ФН: 7281440500123456", "29.11.2026 13:05");
        // escaped in HTML, as it is in the text and SMS
        assertThat(ru.emailHtml()).contains("href=\"https://kabinet.example/r/1?a&#x3D;1&amp;b&#x3D;2\"");
        assertThat(ru.smsText()).endsWith("Чек: https://kabinet.example/r/1?a=1&b=2");
    }

    @Test
    void everyChangeHasItsSecurityNotice() {
        for (var what : ProfileChange.What.values()) {
            var change =
                    new ProfileChange("u", what, Instant.parse("2026-11-29T18:42:07Z"), "a@b.c", null, Language.RU);
            var ru = templates.securityNotice(change, Language.RU);
            assertThat(ru.subject()).startsWith("Изменён " + what.label(Language.RU));
            assertThat(ru.emailText()).contains("Если это были не вы", "ответы на него не читаются");
            var en = templates.securityNotice(change, Language.EN);
            assertThat(en.subject())
                    .isEqualTo("Your " + what.label(Language.EN) + " for the personal account was changed");
        }
    }

    @Test
    void aBroadcastIsFramedByItsTopicAndEscapedInHtml() {
        var ru = templates.broadcast(
                BroadcastTopic.OFFICE_NEWS, "Офис <переехал>", "Новый адрес: ул. Примерная, 1", Language.RU);

        assertThat(ru.subject()).isEqualTo("Новости офисов: Офис <переехал>");
        assertThat(ru.emailHtml()).contains("Офис &lt;переехал&gt;").doesNotContain("<переехал>");
        assertThat(ru.smsText()).isEqualTo("Офис <переехал>. Новый адрес: ул. Примерная, 1");
        assertThat(templates
                        .broadcast(BroadcastTopic.TARIFF_CHANGE, "t", "b", Language.EN)
                        .subject())
                .isEqualTo("Tariff change: t");
    }

    @Test
    void theDebtReminder() {
        var ru = templates.debtReminder(
                "1000000011", YearMonth.of(2026, 10), 187_861, LocalDate.of(2026, 11, 10), Language.RU);
        assertThat(ru.smsText())
                .isEqualTo(
                        "Задолженность по счёту 1000000011: 1\u00a0878,61\u00a0₽, срок оплаты был 10.11.2026. Личный кабинет");
    }
}
