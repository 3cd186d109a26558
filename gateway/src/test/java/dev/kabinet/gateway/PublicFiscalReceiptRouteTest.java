package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-8 a payer opens the fiscal e-receipt by its link through the gateway without a login")
class PublicFiscalReceiptRouteTest extends GatewayTestSupport {

    private static final String RECEIPT = "0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f";

    @Test
    @DisplayName("PY-8 GET a receipt reaches payment-service without a login; refunds and payments still need one")
    void visitorReadsAReceiptOnly() throws InterruptedException {
        UPSTREAM.clear();
        web.get()
                .uri("/api/payment/v1/fiscal-receipts/" + RECEIPT)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(UPSTREAM.take("/api/v1/fiscal-receipts/").uri()).isEqualTo("/api/v1/fiscal-receipts/" + RECEIPT);

        web.get()
                .uri("/api/payment/v1/fiscal-receipts")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.get()
                .uri("/api/payment/v1/operator/refunds")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.get()
                .uri("/api/payment/v1/accounts/1000000011/payments/" + RECEIPT + "/refunds")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
