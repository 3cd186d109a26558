package dev.kabinet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerMapping;

@DisplayName("The account in the path: format first (400), then the caller's access (403)")
class CallersAccountResolverTest {

    private final CallersAccountResolver resolver = new CallersAccountResolver(new AccountAccess());
    private MethodParameter parameter;

    @SuppressWarnings("unused")
    void endpoint(AccountNumber number, String other) {}

    @BeforeEach
    void signInAsPetrov() throws NoSuchMethodException {
        parameter = new MethodParameter(getClass().getDeclaredMethod("endpoint", AccountNumber.class, String.class), 0);
        var jwt = new Jwt(
                "token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of("alg", "none"),
                Map.of("sub", "petrov", "accounts", List.of("2000000021")));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private AccountNumber resolve(String number) {
        var request = new MockHttpServletRequest();
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("number", number));
        return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
    }

    @Test
    void resolvesOnlyAccountNumberParameters() throws NoSuchMethodException {
        assertThat(resolver.supportsParameter(parameter)).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(
                        getClass().getDeclaredMethod("endpoint", AccountNumber.class, String.class), 1)))
                .isFalse();
    }

    @Test
    void givesTheCallersOwnAccount() {
        assertThat(resolve("2000000021")).isEqualTo(new AccountNumber("2000000021"));
    }

    @Test
    void refusesAMalformedNumberBeforeLookingAtAccess() {
        for (var number : List.of("", "123456789", "12345678901234", "20000000x1", "2000000021 ", "２０００００００２１")) {
            assertThatThrownBy(() -> resolve(number))
                    .as(number)
                    .isInstanceOf(MalformedAccountNumber.class)
                    .satisfies(
                            e -> assertThat(((MalformedAccountNumber) e).slug()).isEqualTo("malformed-account-number"));
        }
    }

    @Test
    void refusesAWellFormedNumberNotLinkedToTheCaller() {
        assertThatThrownBy(() -> resolve("1000000011")).isInstanceOf(AccountAccessDenied.class);
    }
}
