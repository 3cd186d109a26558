package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@DisplayName("AC-6 a visitor reads the offices, contacts and FAQ through the gateway without a login")
class PublicHelpRouteTest extends GatewayTestSupport {

    @Test
    @DisplayName("AC-6 GET offices, contacts and the FAQ reach account-service without a login and carry no token")
    void visitorReadsTheHelp() throws InterruptedException {
        for (String path : new String[] {"offices", "contacts", "faq"}) {
            web.get().uri("/api/account/v1/" + path).exchange().expectStatus().isOk();
            var received = UPSTREAM.take("/api/v1/" + path);
            assertThat(received.method()).isEqualTo("GET");
            assertThat(received.header("Authorization")).isNull();
        }
    }

    @Test
    @DisplayName("AC-6 only reading them: writing them, or any other account call, still needs a login")
    void everythingElseStillNeedsALogin() throws InterruptedException {
        web.get().uri("/api/account/v1/accounts").exchange().expectStatus().isUnauthorized();
        web.get()
                .uri("/api/account/v1/offices/1")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.post()
                .uri("/api/account/v1/operator/offices")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        web.post()
                .uri("/api/account/v1/faq")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }
}
