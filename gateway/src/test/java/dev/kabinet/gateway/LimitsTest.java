package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

@DisplayName("Gateway limits: request size, rate per session or client address, response time")
@TestPropertySource(
        properties = {
            "kabinet.gateway.rate-limit.capacity=5",
            "kabinet.gateway.rate-limit.refill-per-second=1",
            "kabinet.gateway.max-request-size=1KB",
            "kabinet.gateway.uploads.max-size=4KB",
            "kabinet.gateway.response-timeout=2s"
        })
class LimitsTest extends GatewayTestSupport {

    @Test
    void tooManyRequestsFromOneClientAreA429ProblemWithRetryAfter() {
        int refused = 0;
        var client = web.mutateWith(from("203.0.113.7"));
        for (int i = 0; i < 12; i++) {
            var result = client.get()
                    .uri("/bff/me")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            if (result.getStatus().value() == 429) {
                refused++;
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
                assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(result.getResponseBody()).contains("https://kabinet.dev/problems/too-many-requests");
            } else {
                assertThat(result.getStatus().value())
                        .as("within the limit: the usual 401")
                        .isEqualTo(401);
            }
        }
        // a burst of 5, then 1 per second: 12 quick calls cannot all pass
        assertThat(refused).isPositive();
        // another client is not affected
        web.mutateWith(from("203.0.113.8"))
                .get()
                .uri("/bff/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /** Requests from this client address (the mock exchange has none of its own). */
    private static WebTestClientConfigurer from(String address) {
        var remote = new InetSocketAddress(address, 50000);
        return (builder, httpHandlerBuilder, connector) -> httpHandlerBuilder.filters(
                filters -> filters.addFirst((exchange, chain) -> chain.filter(exchange.mutate()
                        .request(new ServerHttpRequestDecorator(exchange.getRequest()) {
                            @Override
                            public InetSocketAddress getRemoteAddress() {
                                return remote;
                            }
                        })
                        .build())));
    }

    @Test
    void pagesAndAssetsAreNotCounted() {
        for (int i = 0; i < 10; i++) {
            web.get().uri("/assets/index-Test1234.js").exchange().expectStatus().isOk();
        }
    }

    @Test
    void aServiceThatIsTooSlowIsA504Problem() {
        // warm the gateway's HTTP client first: its very first connection may be slow on a busy machine
        web.mutateWith(ivanova()).get().uri("/api/metering/v1/warm-up").exchange();
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/slow")
                .exchange()
                .expectStatus()
                .isEqualTo(504)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/service-timeout")
                .jsonPath("$.detail")
                .isEqualTo("Сервис не ответил вовремя. Повторите попытку позже.");
    }

    @Test
    void aBodyAboveTheLimitIsA413Problem() {
        web.mutateWith(ivanova())
                .post()
                .uri("/api/metering/v1/x")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"big\":\"" + "x".repeat(2048) + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/payload-too-large");
    }

    static String multipart(int bytes) {
        return "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n\r\n" + "x".repeat(bytes)
                + "\r\n--b--\r\n";
    }

    @Test
    @DisplayName("AC-5 an appeal's files may exceed the usual body limit, up to the uploads limit")
    void anAppealWithFilesHasTheUploadsLimit() {
        var passed = web.mutateWith(ivanova())
                .post()
                .uri("/api/account/v1/accounts/1000000011/appeals")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=b"))
                .bodyValue(multipart(2048))
                .exchange()
                .returnResult(String.class);
        assertThat(passed.getStatus().value()).isNotEqualTo(413);

        web.mutateWith(ivanova())
                .post()
                .uri("/api/account/v1/accounts/1000000011/appeals")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=b"))
                .bodyValue(multipart(5000))
                .exchange()
                .expectStatus()
                .isEqualTo(413);
    }

    @Test
    @DisplayName("AC-5 only multipart bodies to the upload routes get the larger limit")
    void otherBodiesKeepTheUsualLimit() {
        web.mutateWith(ivanova())
                .post()
                .uri("/api/account/v1/accounts/1000000011/appeals")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"big\":\"" + "x".repeat(2048) + "\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(413);
        web.mutateWith(ivanova())
                .post()
                .uri("/api/metering/v1/x")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=b"))
                .bodyValue(multipart(2048))
                .exchange()
                .expectStatus()
                .isEqualTo(413);
    }
}
