package dev.kabinet.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway in one Spring context, without a server socket of its own ({@code WebTestClient} calls it
 * directly), routing to a real local HTTP server ({@link Upstream}) that stands in for the services. The account
 * service is configured on a port nothing listens on: it is down. Keycloak is not needed here: the client
 * registration points at the same local server and logins are mocked with {@code mockOidcLogin()}; the real login
 * against Keycloak is {@code KeycloakLoginIT}. Sessions live in the run's real Redis ({@link TestRedis}), as in
 * production.
 */
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(GatewayTestSupport.LocalIdentityProvider.class)
abstract class GatewayTestSupport {

    static final Upstream UPSTREAM = Upstream.get();
    static final int DOWN_PORT = Upstream.closedPort();
    /** The access token {@code mockOidcLogin()} gives every mocked login. */
    static final String IVANOVA_TOKEN = "access-token";

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("identity", "metering", "billing", "payment", "notification")) {
            registry.add("kabinet.gateway.services." + service, UPSTREAM::url);
        }
        registry.add("kabinet.gateway.services.account", () -> "http://127.0.0.1:" + DOWN_PORT);
        TestRedis.register(registry);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        UPSTREAM.clear();
    }

    /** The gateway's client registration, with the provider's endpoints on the local server. */
    static ClientRegistration keycloak() {
        String idp = UPSTREAM.url() + "/idp";
        return ClientRegistration.withRegistrationId("keycloak")
                .clientId("kabinet-gateway")
                .clientSecret("kabinet-gateway-secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(idp + "/auth")
                .tokenUri(idp + "/token")
                .jwkSetUri(idp + "/certs")
                .userInfoUri(idp + "/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(idp)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", idp + "/logout"))
                .build();
    }

    /** Анна Иванова, logged in, with her two accounts in the ID token. */
    static OidcLoginMutator ivanova() {
        return mockOidcLogin().clientRegistration(keycloak()).idToken(token -> token.subject("7d1c-ivanova")
                .tokenValue("id-token-of-ivanova")
                .claim("preferred_username", "ivanova")
                .claim("name", "Анна Иванова")
                .claim("given_name", "Анна")
                .claim("family_name", "Иванова")
                .claim("accounts", List.of("1000000012", "1000000011")));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LocalIdentityProvider {

        @Bean
        ReactiveClientRegistrationRepository clientRegistrationRepository() {
            return new InMemoryReactiveClientRegistrationRepository(keycloak());
        }
    }
}
