package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NT-1 templates in Russian and English, versioned; a robot that says replies are not read (MT-3, #11)")
class DecidedNoticesTest {

    final NoticeTemplates templates = new NoticeTemplates(ZoneId.of("Europe/Moscow"));

    static DecidedReading refused() {
        return new DecidedReading(
                UUID.randomUUID(),
                "1000000012",
                "ЭМ-102-2021",
                Map.of("T1", new BigDecimal("5012.5"), "T2", new BigDecimal("2004.0")),
                Instant.parse("2026-11-22T09:15:30Z"),
                false,
                "Показания превышают среднее потребление более чем в 5 раз");
    }

    static DecidedReading accepted() {
        return new DecidedReading(
                UUID.randomUUID(),
                "1000000012",
                "ЭМ-102-2021",
                Map.of("T1", new BigDecimal("5012.5")),
                Instant.parse("2026-11-22T09:15:30Z"),
                true,
                null);
    }

    @Test
    @DisplayName("NT-1 a refused reading names the back office's reason on every channel, in Russian")
    void aRefusalNamesTheReason() {
        var notice = templates.readingDecided(refused(), Language.RU);

        assertThat(notice.template()).isEqualTo("reading-refused/1");
        assertThat(notice.subject()).isEqualTo("Показания не приняты");
        assertThat(notice.cabinetText())
                .contains("ЭМ-102-2021, переданные 22.11.2026, не приняты")
                .contains("T1 (день): 5012,5")
                .contains("Причина: Показания превышают среднее потребление более чем в 5 раз");
        assertThat(notice.smsText()).contains("не приняты: Показания превышают").hasSizeLessThan(200);
        assertThat(notice.emailText()).contains("Причина: ").contains("ответы на него не читаются");
        assertThat(notice.emailHtml()).contains("<html lang=\"ru\">").contains("ответы на него не читаются");
    }

    @Test
    @DisplayName("NT-1 the same notice in English: its own words, dates and decimal point")
    void inEnglish() {
        var notice = templates.readingDecided(refused(), Language.EN);

        assertThat(notice.subject()).isEqualTo("Meter readings refused");
        assertThat(notice.cabinetText())
                .contains("meter ЭМ-102-2021 given on 22 Nov 2026 were refused")
                .contains("T1 (day): 5012.5");
        assertThat(notice.emailText()).contains("replies to it are not read").doesNotContain("Здравствуйте");
        assertThat(notice.emailHtml()).contains("<html lang=\"en\">");
        assertThat(notice.language()).isEqualTo(Language.EN);
    }

    @Test
    @DisplayName("NT-1 an accepted reading: cabinet, e-mail and SMS text")
    void anAcceptance() {
        var notice = templates.readingDecided(accepted(), Language.RU);

        assertThat(notice.template()).isEqualTo("reading-accepted/1");
        assertThat(notice.subject()).isEqualTo("Показания учтены");
        assertThat(notice.smsText()).isEqualTo("Показания счётчика ЭМ-102-2021 от 22.11.2026 учтены. Личный кабинет");
    }

    @Test
    @DisplayName("NT-1 every template exists in both languages and previews with sample data")
    void everyTemplatePreviews() {
        for (var name : NoticeTemplates.CURRENT.keySet()) {
            for (var language : Language.values()) {
                var notice = templates.preview(name, language).orElseThrow();
                assertThat(notice.subject()).isNotBlank();
                assertThat(notice.emailHtml()).doesNotContain("{{");
                assertThat(notice.template()).startsWith(name + "/");
            }
        }
        assertThat(templates.preview("no-such", Language.RU)).isEmpty();
    }

    @Test
    @DisplayName("NT-1 the received notice has no SMS: not worth one")
    void noSmsForAReceivedReading() {
        var notice = templates.readingReceived(
                ReceivedReadingBuilder.aSingleRateReading().build(), Language.RU);

        assertThat(notice.smsText()).isEmpty();
    }
}
