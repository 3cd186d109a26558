package dev.kabinet.gateway;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An {@code Accept}, {@code Content-Type} or {@code Accept-Language} that cannot be parsed is refused with a 400
 * problem, for a resident and for an anonymous caller, on reads and writes alike — never a 500 (the fuzz found
 * {@code Accept: *}{@code /*;q=NaN} failing inside the gateway) nor a service's bodiless 406 (#5).
 */
@DisplayName("An unreadable Accept, Content-Type or Accept-Language is a 400 problem (#5)")
class HeaderSyntaxTest extends GatewayTestSupport {

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("Accept", "*/*;q=NaN"),
                Arguments.of("Accept", "application/json;q=2"),
                Arguments.of("Accept", "json"),
                Arguments.of("Content-Type", "json"),
                Arguments.of("Content-Type", "application/json;q=NaN;;="),
                Arguments.of("Accept-Language", "ru;q=NaN"),
                Arguments.of("Accept-Language", "*;q=2"),
                Arguments.of("Accept-Language", "xx-;;"));
    }

    @ParameterizedTest(name = "GET with {0}: {1}")
    @MethodSource("unreadable")
    void aResidentsReadIsRefused(String header, String value) {
        expectProblem(web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/accounts/1000000011/meters")
                .header(header, value)
                .exchange());
    }

    @ParameterizedTest(name = "POST with {0}: {1}")
    @MethodSource("unreadable")
    void aResidentsWriteIsRefused(String header, String value) {
        // the test client cannot send a body with an unparsable Content-Type: a bodiless write carries it
        var request = web.mutateWith(ivanova())
                .mutateWith(csrf())
                .post()
                .uri("/api/metering/v1/accounts/1000000011/meters/101/readings")
                .header(header, value);
        expectProblem(
                header.equals("Content-Type")
                        ? request.exchange()
                        : request.contentType(MediaType.APPLICATION_JSON)
                                .bodyValue("{}")
                                .exchange());
    }

    @ParameterizedTest(name = "anonymous GET with {0}: {1}")
    @MethodSource("unreadable")
    void anAnonymousReadIsRefused(String header, String value) {
        expectProblem(web.get()
                .uri("/api/account/v1/accounts/2000000021")
                .header(header, value)
                .exchange());
    }

    @Test
    void whatABrowserSendsParses() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/accounts/1000000011/meters")
                .header(
                        "Accept",
                        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")
                .header("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")
                .exchange()
                .expectStatus()
                .isOk();
    }

    private static void expectProblem(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/malformed-request")
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.detail")
                .value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .containsPattern("^[А-Я]"));
    }
}
