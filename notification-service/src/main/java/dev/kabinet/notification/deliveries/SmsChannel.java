package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through the provider's generic JSON-over-HTTP API (the one identity-service's {@code HttpSmsGateway} speaks, ADR
 * 0011; locally the SMS sink):
 *
 * <pre>
 * POST {kabinet.notification.sms.url}   Authorization: Bearer {token}   Idempotency-Key: {eventId}:SMS
 *   {"to": "+79123456789", "text": "…", "sender": "Kabinet"}  →  2xx {"id": "…"}
 * </pre>
 *
 * One request per attempt, bounded by {@code timeout}; the retries are the delivery's own (back-off, dead after the
 * last attempt). No answer, 429 and 5xx may succeed later; any other answer is final. The idempotency key makes a
 * repeat of a request that did arrive harmless.
 */
@Component
class SmsChannel implements ChannelAdapter {

    private final NotificationProperties.Sms properties;
    private final JsonMapper json;
    private final HttpClient http;

    SmsChannel(NotificationProperties properties, JsonMapper json) {
        this.properties = properties.sms();
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Delivery delivery) throws NotDelivered {
        var body = new LinkedHashMap<String, String>();
        body.put("to", delivery.recipient());
        body.put("text", delivery.textBody());
        body.put("sender", properties.sender());
        var request = HttpRequest.newBuilder(properties.url())
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + properties.token())
                .header("Idempotency-Key", delivery.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NotDelivered("no answer: " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDelivered("interrupted", true, e);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new NotDelivered("provider answered " + status, true, null);
        }
        if (status < 200 || status > 299) {
            throw new NotDelivered("provider refused with " + status, false, null);
        }
    }
}
