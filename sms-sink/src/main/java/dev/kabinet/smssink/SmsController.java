package dev.kabinet.smssink;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sending side is the generic JSON-over-HTTP SMS API that identity-service's {@code HttpSmsGateway} speaks:
 *
 * <pre>
 * POST /api/v1/messages   Authorization: Bearer &lt;token&gt;   Idempotency-Key: &lt;sender's id&gt;
 *   {"to": "+79123456789", "text": "…", "sender": "Kabinet"}   →   202 {"id": "…", "status": "accepted"}
 * </pre>
 *
 * The reading side is the developer's and the tests' inbox (like GreenMail's {@code /api/user/<email>/messages}):
 * {@code GET /api/inbox} (everything, oldest first), {@code GET /api/inbox/{phone}}, {@code DELETE /api/inbox}, and
 * {@code POST /api/faults} to make the next sends to one phone fail with a status.
 */
@RestController
class SmsController {

    record SendRequest(
            @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "E.164, e.g. +79123456789")
            String to,

            @NotBlank String text,
            String sender) {}

    record Accepted(String id, String status) {}

    record FaultRequest(
            @NotBlank String to,
            @Min(400) @Max(599) int status,
            @Min(1) int times) {}

    private final Inbox inbox;
    private final byte[] token;

    SmsController(Inbox inbox, SinkProperties properties) {
        this.inbox = inbox;
        this.token = ("Bearer " + properties.token()).getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/api/v1/messages")
    ResponseEntity<?> send(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody SendRequest request) {
        if (authorization == null || !MessageDigest.isEqual(token, authorization.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Unknown API token."));
        }
        var fault = inbox.takeFault(request.to());
        if (fault != null) {
            return ResponseEntity.status(fault)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(fault), "Fault requested by a test."));
        }
        var message = inbox.accept(request.to(), request.text(), request.sender(), idempotencyKey);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(message.id(), "accepted"));
    }

    @GetMapping("/api/inbox")
    List<Inbox.Message> all() {
        return inbox.all();
    }

    @GetMapping("/api/inbox/{phone}")
    List<Inbox.Message> to(@PathVariable String phone) {
        return inbox.to(phone.startsWith(" ") ? "+" + phone.substring(1) : phone);
    }

    @DeleteMapping("/api/inbox")
    ResponseEntity<Void> purge() {
        inbox.purge();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/faults")
    ResponseEntity<Void> failNext(@Valid @RequestBody FaultRequest request) {
        inbox.failNext(request.to(), request.status(), request.times());
        return ResponseEntity.noContent().build();
    }
}
