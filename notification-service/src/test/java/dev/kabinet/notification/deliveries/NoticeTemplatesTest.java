package dev.kabinet.notification.deliveries;

import static dev.kabinet.notification.deliveries.ReceivedReadingBuilder.aDayNightReading;
import static dev.kabinet.notification.deliveries.ReceivedReadingBuilder.aSingleRateReading;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NT-1 the 'reading received' notice, rendered from its templates")
class NoticeTemplatesTest {

    final NoticeTemplates templates = new NoticeTemplates(ZoneId.of("Europe/Moscow"));

    @Test
    void namesTheMeterItsValuesPerZoneAndTheDay() {
        var notice = templates.readingReceived(aDayNightReading().build(), Language.RU);

        assertThat(notice.subject()).isEqualTo("Показания приняты в обработку");
        assertThat(notice.cabinetText()).isEqualTo("""
                        Показания счётчика ЭМ-102-2021, переданные 22.11.2026, приняты в обработку:
                        T1 (день): 5012,5
                        T2 (ночь): 2004,0
                        После проверки они будут учтены в начислениях.""");
    }

    @Test
    void writesTheEmailAsPlainTextAndHtml() {
        var notice = templates.readingReceived(aDayNightReading().build(), Language.RU);

        assertThat(notice.emailText())
                .startsWith("Здравствуйте!")
                .contains("счётчика ЭМ-102-2021 по лицевому счёту 1000000012, переданные 22.11.2026:")
                .contains("  T1 (день): 5012,5\n  T2 (ночь): 2004,0\n")
                .contains("ответы на него не читаются")
                .doesNotContain("<", "{{");
        assertThat(notice.emailHtml())
                .contains("<html lang=\"ru\">", "<meta charset=\"UTF-8\">")
                .contains("<strong>ЭМ-102-2021</strong>")
                .contains("<td style=\"padding: 2px 16px 2px 0;\">T1 (день)</td>")
                .contains("<strong>5012,5</strong>")
                .doesNotContain("{{");
    }

    @Test
    void aSingleRateMeterHasNoZoneNames() {
        var notice = templates.readingReceived(aSingleRateReading().build(), Language.RU);

        assertThat(notice.cabinetText()).contains("\nT1: 12346,0\n");
    }

    @Test
    void datesAreTheUtilitysDay() {
        // 21:30 UTC on 30 June is 00:30 on 1 July in Moscow
        var notice = templates.readingReceived(
                aSingleRateReading().submittedAt("2026-06-30T21:30:00Z").build(), Language.RU);

        assertThat(notice.cabinetText()).contains("переданные 01.07.2026");
    }

    @Test
    void escapesValuesInTheHtmlOnly() {
        var notice = templates.readingReceived(
                aSingleRateReading().serialNumber("<b>&1</b>").build(), Language.RU);

        assertThat(notice.emailHtml()).contains("&lt;b&gt;&amp;1&lt;/b&gt;").doesNotContain("<b>&1</b>");
        assertThat(notice.emailText()).contains("<b>&1</b>");
    }

    @Test
    void namesTheZonesOfAThreeZoneMeter() {
        assertThat(NoticeTemplates.zoneLabel("T1", 3)).isEqualTo("T1 (пик)");
        assertThat(NoticeTemplates.zoneLabel("T2", 3)).isEqualTo("T2 (ночь)");
        assertThat(NoticeTemplates.zoneLabel("T3", 3)).isEqualTo("T3 (полупик)");
    }
}
