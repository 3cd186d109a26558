package dev.kabinet.notification.bills.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("NT-4 NT-3 notification reads billing.ReceiptIssued.v1 as the contract defines it (#11)")
class ReceiptIssuedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var receipt = json.readValue(EventContracts.goldenExample(ReceiptIssuedV1.TYPE), ReceiptIssuedV1.class)
                .toIssuedReceipt();

        assertThat(receipt.accountNumber()).isEqualTo("1000000011");
        assertThat(receipt.period()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(receipt.totalKopecks()).isEqualTo(187_861);
        // the debt is the sum of the lines' closing balances
        assertThat(receipt.debtKopecks()).isEqualTo(168_600 + 0 + 19_261);
        assertThat(receipt.attachment()).isEqualTo("receipt:1000000011/2026-10");
    }

    @Test
    void anEventWithoutARequiredFieldIsMalformed() {
        assertThatThrownBy(() -> json.readValue(
                                GoldenEvent.of(ReceiptIssuedV1.TYPE)
                                        .without("dueDate")
                                        .json(),
                                ReceiptIssuedV1.class)
                        .toIssuedReceipt())
                .isInstanceOf(MalformedEvent.class);
    }
}
