package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receipt PDFs an e-bill attaches (NT-4, docs/adr/0035), fetched from billing-service's internal endpoint
 * {@code GET /internal/v1/receipts/{number}/{period}} (not routed by the gateway) with notification-service's own
 * client-credentials token (Keycloak client {@code notification-service}, audience {@code kabinet-api}); the token is
 * kept until shortly before it expires. No answer, 401, 429 and 5xx may pass (the delivery retries with back-off); 404
 * — a period billing does not keep — and any other answer are final.
 */
@Component
class BillingReceipts implements Attachments {

    private final NotificationProperties.Billing properties;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    BillingReceipts(NotificationProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties.billing();
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Attachment fetch(String name) throws ChannelAdapter.NotDelivered {
        if (!name.startsWith(RECEIPT)) {
            throw new ChannelAdapter.NotDelivered("unknown attachment", false, null);
        }
        String[] parts = name.substring(RECEIPT.length()).split("/", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9]{10,13}") || !parts[1].matches("[0-9]{4}-[0-9]{2}")) {
            throw new ChannelAdapter.NotDelivered("unreadable attachment name", false, null);
        }
        var request = HttpRequest.newBuilder(
                        URI.create(properties.url() + "/internal/v1/receipts/" + parts[0] + "/" + parts[1]))
                .timeout(properties.timeout())
                .header("Accept", "application/pdf")
                .header("Authorization", "Bearer " + token())
                .GET()
                .build();
        var response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 401) {
            tokenExpires = Instant.EPOCH; // the next attempt takes a new token
        }
        if (status == 401 || status == 429 || status >= 500) {
            throw new ChannelAdapter.NotDelivered("billing answered " + status, true, null);
        }
        if (status != 200) {
            throw new ChannelAdapter.NotDelivered("billing refused the receipt with " + status, false, null);
        }
        return new Attachment("receipt-" + parts[0] + "-" + parts[1] + ".pdf", "application/pdf", response.body());
    }

    private String token() throws ChannelAdapter.NotDelivered {
        var now = clock.instant();
        if (token != null && now.isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(properties.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(properties.clientSecret(), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(properties.tokenUri())
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        var response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ChannelAdapter.NotDelivered(
                    "Keycloak refused the service token with " + response.statusCode(), true, null);
        }
        var body = json.readTree(response.body());
        token = body.get("access_token").asString();
        long expiresIn = body.path("expires_in").asLong(60);
        tokenExpires = now.plusSeconds(Math.max(5, expiresIn - 30));
        return token;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws ChannelAdapter.NotDelivered {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new ChannelAdapter.NotDelivered("no answer: " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelAdapter.NotDelivered("interrupted", true, e);
        }
    }
}
