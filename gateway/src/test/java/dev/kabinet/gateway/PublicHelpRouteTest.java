package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@DisplayName("AC-6 a visitor reads the offices, contacts and FAQ through the gateway without a login")
class PublicHelpRouteTest extends GatewayTestSupport {

    @Test
    @DisplayName("AC-6 GET offices, contacts and the FAQ are routed to account-service without a login")
    void visitorReadsTheHelp() {
        // account-service is down in these tests (GatewayTestSupport): a visitor's read passes the login check and
        // gets the routed call's 503 problem, where any other account call gets 401 (below)
        for (String path : new String[] {"offices", "contacts", "faq"}) {
            web.get()
                    .uri("/api/account/v1/" + path)
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectHeader()
                    .contentType("application/problem+json");
        }
    }

    @Test
    @DisplayName("AC-6 only reading them: writing them, or any other account call, still needs a login")
    void everythingElseStillNeedsALogin() {
        web.get().uri("/api/account/v1/accounts").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/account/v1/offices/1").exchange().expectStatus().isUnauthorized();
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
    }
}
