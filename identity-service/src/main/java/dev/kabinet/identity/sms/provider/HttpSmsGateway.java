package dev.kabinet.identity.sms.provider;

import dev.kabinet.identity.sms.SmsGateway;
import dev.kabinet.identity.sms.SmsNotSent;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS provider over a generic JSON-over-HTTP API (the SMS sink speaks the same one):
 *
 * <pre>
 * POST {kabinet.sms.url}   Authorization: Bearer {token}   Idempotency-Key: {the sender's id}
 *   {"to": "+79123456789", "text": "…", "sender": "Kabinet"}  →  2xx {"id": "…"}
 * </pre>
 *
 * Each request is bounded by the connect and read timeouts; timeouts, connection failures, 429 and 5xx answers are
 * retried by Resilience4j ({@code max-attempts} in all, exponential wait); any other answer is final. The idempotency
 * key makes a retry of a request that did arrive harmless.
 */
@Component
class HttpSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSmsGateway.class);

    private final SmsProviderProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    private final Retry retry;

    HttpSmsGateway(SmsProviderProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retry = Retry.of(
                "sms-provider",
                RetryConfig.custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryWait(), 2.0))
                        .retryOnException(e -> e instanceof Retryable)
                        .failAfterMaxAttempts(true)
                        .build());
    }

    @Override
    public String send(Sms sms) {
        try {
            return retry.executeCallable(() -> attempt(sms));
        } catch (Retryable | Final e) {
            log.warn("SMS {} not sent: {}", sms, e.getMessage());
            throw new SmsNotSent(e.getMessage(), e);
        } catch (Exception e) {
            log.warn("SMS {} not sent", sms, e);
            throw new SmsNotSent(e.getClass().getSimpleName(), e);
        }
    }

    private String attempt(Sms sms) {
        var body = new LinkedHashMap<String, String>();
        body.put("to", sms.phone());
        body.put("text", sms.text());
        body.put("sender", properties.sender());
        var request = HttpRequest.newBuilder(properties.url())
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + properties.token())
                .header("Idempotency-Key", sms.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Retryable("no answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Final("interrupted", e);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new Retryable("provider answered " + status, null);
        }
        if (status < 200 || status > 299) {
            throw new Final("provider refused with " + status, null);
        }
        var node = json.readTree(response.body()).get("id");
        String id = node == null || node.isNull() ? "" : node.asString();
        if (id.isBlank()) {
            throw new Final("provider answered " + status + " without an id", null);
        }
        return id;
    }

    /** A failure worth another attempt. */
    static final class Retryable extends RuntimeException {
        Retryable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A failure another attempt would not change. */
    static final class Final extends RuntimeException {
        Final(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
