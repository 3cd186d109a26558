package dev.kabinet.smssink;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sink over real HTTP: the sending API a provider adapter calls, and the inbox a developer or a test reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("SMS sink: accepts the SMS API, keeps an inbox per phone")
class SmsSinkTest {

    private static final String TOKEN = "Bearer sms-sink-dev-token";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void purge() throws Exception {
        call("DELETE", "/api/inbox", null, null, null);
    }

    @Test
    void acceptsAMessageAndShowsItInThePhonesInbox() throws Exception {
        var sent = call("POST", "/api/v1/messages", TOKEN, "k-1", """
                {"to": "+79123456789", "text": "Код подтверждения: 123456", "sender": "Kabinet"}""");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(sent.body()).contains("\"status\":\"accepted\"");
        var inbox = call("GET", "/api/inbox/+79123456789", null, null, null);
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Код подтверждения: 123456").contains("\"to\":\"+79123456789\"");
        assertThat(call("GET", "/api/inbox/+79000000000", null, null, null).body())
                .isEqualTo("[]");
    }

    @Test
    void aRepeatedIdempotencyKeyDeliversOnce() throws Exception {
        var body = """
                {"to": "+79123456780", "text": "one", "sender": "Kabinet"}""";
        var first = call("POST", "/api/v1/messages", TOKEN, "same-key", body);
        var second = call("POST", "/api/v1/messages", TOKEN, "same-key", body);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(call("GET", "/api/inbox/+79123456780", null, null, null).body())
                .containsOnlyOnce("\"text\":\"one\"");
    }

    @Test
    void refusesASenderWithoutTheToken() throws Exception {
        var refused = call("POST", "/api/v1/messages", "Bearer wrong", null, """
                {"to": "+79123456781", "text": "x"}""");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/inbox", null, null, null).body()).isEqualTo("[]");
    }

    @Test
    void refusesANumberThatIsNotE164() throws Exception {
        var refused = call("POST", "/api/v1/messages", TOKEN, null, """
                {"to": "89123456789", "text": "x"}""");

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void failsTheNextSendsToAPhoneWhenATestAsksFor() throws Exception {
        call("POST", "/api/faults", null, null, """
                {"to": "+79123456782", "status": 503, "times": 2}""");
        var body = """
                {"to": "+79123456782", "text": "retry me"}""";

        assertThat(call("POST", "/api/v1/messages", TOKEN, null, body).statusCode())
                .isEqualTo(503);
        assertThat(call("POST", "/api/v1/messages", TOKEN, null, body).statusCode())
                .isEqualTo(503);
        assertThat(call("POST", "/api/v1/messages", TOKEN, null, body).statusCode())
                .isEqualTo(202);
        assertThat(call("GET", "/api/inbox/+79123456782", null, null, null).body())
                .containsOnlyOnce("retry me");
    }

    @Test
    void answersItsHealthCheck() throws Exception {
        assertThat(call("GET", "/actuator/health/readiness", null, null, null).statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> call(String method, String path, String auth, String key, String json)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
