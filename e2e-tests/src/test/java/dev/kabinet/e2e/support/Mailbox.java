package dev.kabinet.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A resident's inbox on the local mail server, read through GreenMail's REST API
 * ({@code GET /api/user/{email}/messages/INBOX}). GreenMail creates a mailbox on the first mail it receives, so an
 * address that got nothing yet reads as empty.
 */
public final class Mailbox {

    /** One e-mail as GreenMail shows it; {@code mime} is the raw message (headers and encoded body). */
    public record Mail(String uid, String subject, String mime) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    public String address() {
        return address;
    }

    public URI uri() {
        return Stack.GREENMAIL_API.resolve(
                "api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX/");
    }

    public List<Mail> mails() {
        try {
            var request = HttpRequest.newBuilder(uri())
                    .timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json")
                    .GET()
                    .build();
            var response = HTTP.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 400 && response.body().contains("not found")) {
                return List.of(); // no mail yet: GreenMail knows no such user
            }
            if (response.statusCode() != 200) {
                throw new AssertionError(
                        "GreenMail answered " + response.statusCode() + " to GET " + uri() + ":\n" + response.body());
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode node : Reply.JSON.readTree(response.body())) {
                mails.add(new Mail(
                        node.path("uid").asString(""),
                        node.path("subject").asString(""),
                        node.path("mimeMessage").asString("")));
            }
            return mails;
        } catch (IOException e) {
            throw new AssertionError(
                    "GreenMail's API does not answer at " + Stack.GREENMAIL_API + " (set KABINET_GREENMAIL_API): " + e,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public List<String> uids() {
        return mails().stream().map(Mail::uid).toList();
    }
}
