package dev.kabinet.notification.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("NT-5 notification reads payment.FiscalReceiptIssued.v1 as the contract defines it (#11)")
class FiscalReceiptIssuedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var receipt = json.readValue(
                        EventContracts.goldenExample(FiscalReceiptIssuedV1.TYPE), FiscalReceiptIssuedV1.class)
                .toFiscalReceipt();

        assertThat(receipt.paymentId()).isEqualTo(UUID.fromString("0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f"));
        assertThat(receipt.accountNumber()).isEqualTo("1000000011");
        assertThat(receipt.amountKopecks()).isEqualTo(207_200);
        assertThat(receipt.issuedAt()).isEqualTo(Instant.parse("2026-11-29T10:05:14Z"));
        assertThat(receipt.fiscalDocumentNumber()).isEqualTo("12345");
        assertThat(receipt.fiscalSign()).isEqualTo("3025117496");
        assertThat(receipt.fiscalStorageNumber()).isEqualTo("7281440500123456");
        assertThat(receipt.receiptUrl())
                .isEqualTo("https://kabinet.example/receipts/fiscal/0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f");
        assertThat(receipt.email()).isEqualTo("ivanova@example.test");
        assertThat(receipt.phone()).isNull();
    }

    @Test
    void neitherAddressNorPhoneIsMalformed() {
        assertThatThrownBy(() -> json.readValue(
                                GoldenEvent.of(FiscalReceiptIssuedV1.TYPE)
                                        .with("email", null)
                                        .json(),
                                FiscalReceiptIssuedV1.class)
                        .toFiscalReceipt())
                .isInstanceOf(MalformedEvent.class);
    }
}
