package dev.kabinet.identity.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ID-9 the last payment as typed: ДД.ММ.ГГГГ and a sum with a decimal comma (manual 002)")
class LastPaymentTest {

    @Test
    void readsTheDateOnlyAsDayMonthYear() {
        assertThat(LastPayment.date("20.11.2026")).contains(LocalDate.of(2026, 11, 20));
        assertThat(LastPayment.date(" 01.02.2026 ")).contains(LocalDate.of(2026, 2, 1));
        assertThat(LastPayment.date("2026-11-20")).isEmpty();
        assertThat(LastPayment.date("31.02.2026")).isEmpty();
        assertThat(LastPayment.date(null)).isEmpty();
    }

    @Test
    void readsRoublesWithADecimalCommaAsKopecks() {
        assertThat(LastPayment.kopecks("1 234,56")).contains(123456L);
        assertThat(LastPayment.kopecks("1234,5")).contains(123450L);
        assertThat(LastPayment.kopecks("15")).contains(1500L);
        assertThat(LastPayment.kopecks("12.50")).isEmpty();
        assertThat(LastPayment.kopecks("0,00")).isEmpty();
        assertThat(LastPayment.kopecks("-5")).isEmpty();
        assertThat(LastPayment.kopecks(null)).isEmpty();
    }
}
