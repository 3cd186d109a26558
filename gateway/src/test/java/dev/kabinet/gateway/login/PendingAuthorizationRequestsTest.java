package dev.kabinet.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.InMemoryWebSessionStore;

@DisplayName("Login starts pending in one session: each finishes by its state (#5)")
class PendingAuthorizationRequestsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final PendingAuthorizationRequests pending = new PendingAuthorizationRequests(clock);
    private final WebSession session =
            new InMemoryWebSessionStore().createWebSession().block();

    @Test
    void aSecondLoginStartDoesNotDestroyTheFirst() {
        start("first");
        start("second");

        assertThat(callback("first"))
                .extracting(OAuth2AuthorizationRequest::getState)
                .isEqualTo("first");
        assertThat(finish("first"))
                .extracting(OAuth2AuthorizationRequest::getState)
                .isEqualTo("first");
        assertThat(finish("second"))
                .extracting(OAuth2AuthorizationRequest::getState)
                .isEqualTo("second");
    }

    @Test
    void aFinishedLoginCannotBeFinishedAgain() {
        start("once");
        finish("once");

        assertThat(callback("once")).isNull();
        assertThat(finish("once")).isNull();
    }

    @Test
    void anUnknownStateFindsNothing() {
        start("mine");

        assertThat(callback("forged")).isNull();
        assertThat(finish("forged")).isNull();
        assertThat(callback("mine")).isNotNull();
    }

    @Test
    void onlyTheLastFiveStartsAreKept() {
        for (int i = 1; i <= PendingAuthorizationRequests.MAX_PENDING + 1; i++) {
            start("start-" + i);
        }

        assertThat(callback("start-1")).as("the oldest went").isNull();
        for (int i = 2; i <= PendingAuthorizationRequests.MAX_PENDING + 1; i++) {
            assertThat(callback("start-" + i)).as("start-" + i).isNotNull();
        }
    }

    @Test
    void aStartExpires() {
        start("old");
        clock.advance(PendingAuthorizationRequests.LIFETIME.plusSeconds(1));
        start("new");

        assertThat(callback("old")).isNull();
        assertThat(finish("old")).isNull();
        assertThat(finish("new")).isNotNull();
    }

    private void start(String state) {
        var request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://localhost:8180/realms/kabinet/protocol/openid-connect/auth")
                .clientId("kabinet-gateway")
                .redirectUri("http://localhost:8080/login/oauth2/code/keycloak")
                .state(state)
                .build();
        pending.saveAuthorizationRequest(request, exchange("/oauth2/authorization/keycloak"))
                .block();
    }

    private OAuth2AuthorizationRequest callback(String state) {
        return pending.loadAuthorizationRequest(exchange("/login/oauth2/code/keycloak?code=c&state=" + state))
                .block();
    }

    private OAuth2AuthorizationRequest finish(String state) {
        return pending.removeAuthorizationRequest(exchange("/login/oauth2/code/keycloak?code=c&state=" + state))
                .block();
    }

    private MockServerWebExchange exchange(String uri) {
        return MockServerWebExchange.builder(MockServerHttpRequest.get(uri))
                .session(session)
                .build();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
