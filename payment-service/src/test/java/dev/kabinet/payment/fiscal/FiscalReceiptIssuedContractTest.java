package dev.kabinet.payment.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.test.EventContracts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What payment-service sends as a fiscal receipt's fact is what {@code contracts/} promises (PY-8). */
@DisplayName("PY-8 payment.FiscalReceiptIssued.v1 conforms to its contract")
class FiscalReceiptIssuedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private static FiscalSettings settings() {
        return new FiscalSettings(
                "https://kabinet.example/receipts/fiscal/{id}",
                new FiscalSettings.Seller("АО «Кабинет-Энерго»", "7700000000", "Москва", "https://kabinet.example"),
                "ОСН",
                "без НДС",
                Map.of("EL", "Электроэнергия"),
                Duration.ofSeconds(5),
                Duration.ofMinutes(1),
                50,
                new FiscalSettings.Local("9999078900012345", "key"));
    }

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(
                FiscalReceiptIssuedV1.TYPE, EventContracts.goldenExample(FiscalReceiptIssuedV1.TYPE));
    }

    @Test
    @DisplayName("PY-8 an issued receipt to a phone only conforms, with the e-mail written as null")
    void aReceiptToAPhoneConforms() {
        var id = UUID.randomUUID();
        var receipt = FiscalReceipt.requested(
                id,
                "1000000011",
                List.of(
                        new FiscalReceipt.Item("EL", "Электроэнергия", 157200),
                        new FiscalReceipt.Item("GAS", "GAS", 50000)),
                null,
                "+79123456789",
                settings(),
                Instant.parse("2026-11-29T10:05:12Z"));
        var document =
                new FiscalDocument("12", "3025117496", "9999078900012345", Instant.parse("2026-11-29T10:05:14Z"));
        var fact = receipt.issued(document).orElseThrow();

        String published = json.writeValueAsString(
                FiscalReceiptIssuedV1.of(receipt, fact, "https://kabinet.example/receipts/fiscal/" + id));

        EventContracts.assertConforms(FiscalReceiptIssuedV1.TYPE, published);
        assertThat(published).contains("\"email\":null").contains("\"amountKopecks\":207200");
        assertThat(receipt.issued(document)).as("issued once").isEmpty();
    }

    @Test
    @DisplayName("PY-8 a receipt goes to an e-mail or a phone: neither is refused")
    void aReceiptNeedsAContact() {
        assertThatThrownBy(() -> FiscalReceipt.requested(
                        UUID.randomUUID(),
                        "1000000011",
                        List.of(new FiscalReceipt.Item("EL", "Электроэнергия", 100)),
                        null,
                        null,
                        settings(),
                        Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
