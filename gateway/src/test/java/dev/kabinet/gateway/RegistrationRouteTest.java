package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

@DisplayName("ID-1 a visitor registers through the gateway without a login; the rest of the API still needs one")
class RegistrationRouteTest extends GatewayTestSupport {

    @Test
    @DisplayName("ID-1 the registration form reaches identity-service without a login, a CSRF token or any cookie")
    void visitorPostsTheRegistration() throws InterruptedException {
        web.post()
                .uri("/api/identity/v1/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .cookie("other", "x")
                .bodyValue("{\"accountNumber\":\"1000000011\"}")
                .exchange()
                .expectStatus()
                .isCreated();
        var received = UPSTREAM.take("/api/v1/registrations");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo("{\"accountNumber\":\"1000000011\"}");
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    @DisplayName("ID-3, ID-2 registering by phone (both steps) and by e-mail reach identity-service without a login or"
            + " CSRF token")
    void visitorRegistersByPhone() throws InterruptedException {
        for (String step : new String[] {"phone-codes", "by-phone", "by-email"}) {
            web.post()
                    .uri("/api/identity/v1/registrations/" + step)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isCreated();
            assertThat(UPSTREAM.take("/api/v1/registrations").uri()).isEqualTo("/api/v1/registrations/" + step);
        }
        web.post()
                .uri("/api/identity/v1/registrations/other")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
    }

    @Test
    @DisplayName("ID-7 every step of recovering a password reaches identity-service without a login or CSRF token")
    void visitorRecoversAPassword() throws InterruptedException {
        for (String step : new String[] {"", "/link-checks", "/by-link", "/by-code"}) {
            web.post()
                    .uri("/api/identity/v1/recoveries" + step)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .is2xxSuccessful();
            assertThat(UPSTREAM.take("/api/v1/recoveries").uri()).isEqualTo("/api/v1/recoveries" + step);
        }
        web.post()
                .uri("/api/identity/v1/recoveries/other")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        web.get().uri("/api/identity/v1/recoveries").exchange().expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName(
            "ID-4 the access application and its status check reach identity-service without a login or CSRF token")
    void visitorAppliesForAccess() throws InterruptedException {
        for (String step : new String[] {"", "/status-checks"}) {
            web.post()
                    .uri("/api/identity/v1/access-applications" + step)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .is2xxSuccessful();
            assertThat(UPSTREAM.take("/api/v1/access-applications").uri())
                    .isEqualTo("/api/v1/access-applications" + step);
        }
        web.post()
                .uri("/api/identity/v1/access-applications/other")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        web.get()
                .uri("/api/identity/v1/access-applications")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    @DisplayName("ID-1 the captcha challenge is open to visitors")
    void visitorGetsACaptchaChallenge() throws InterruptedException {
        web.get()
                .uri("/api/identity/v1/captcha/challenge")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(UPSTREAM.take("/api/v1/captcha").uri()).isEqualTo("/api/v1/captcha/challenge");
    }

    @Test
    @DisplayName(
            "PY-4 the bank's callback reaches payment-service without a session or CSRF token, as GET or form POST")
    void theBanksCallbackNeedsNoSession() throws InterruptedException {
        web.get()
                .uri("/api/payment/v1/acquirer/callbacks?mdOrder=o-1&operation=deposited&status=1&checksum=AB")
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        assertThat(UPSTREAM.take("/api/v1/acquirer/callbacks").method()).isEqualTo("GET");
        web.post()
                .uri("/api/payment/v1/acquirer/callbacks")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("mdOrder=o-1&operation=deposited&status=1&checksum=AB")
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        assertThat(UPSTREAM.take("/api/v1/acquirer/callbacks").method()).isEqualTo("POST");
    }

    @Test
    @DisplayName("PY-3 a resident's payment still needs a login: the callback opens nothing else of payment-service")
    void paymentsStillNeedALogin() throws InterruptedException {
        web.get()
                .uri("/api/payment/v1/accounts/1000000011/payments")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.post()
                .uri("/api/payment/v1/accounts/1000000011/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    @DisplayName("ID-1 only those two: any other identity call, or another method on them, needs a login")
    void everythingElseNeedsALogin() throws InterruptedException {
        web.get().uri("/api/identity/v1/me").exchange().expectStatus().isUnauthorized();
        web.get()
                .uri("/api/identity/v1/registrations")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.post()
                .uri("/api/identity/v1/captcha/challenge")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(401, 403));
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }
}
