package dev.kabinet.acquirer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without the test or demo profile the acquirer answers the protocol but has no /test-control. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("PY-3 test control exists only with the test or demo profile")
class TestControlProfileIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("PY-3 without the profile /test-control is not there, the protocol and health are")
    void noTestControlWithoutTheProfile() throws Exception {
        assertThat(send("PUT", "/test-control/faults", "{\"errorRate\": 1}").statusCode())
                .isEqualTo(404);
        assertThat(send("POST", "/test-control/clock", "{\"advance\": \"PT1H\"}")
                        .statusCode())
                .isEqualTo(404);
        var status = send("GET", "/payment/rest/getOrderStatusExtended.do?orderId=x", null);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"errorCode\":\"5\"");
        assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
