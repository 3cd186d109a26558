package dev.kabinet.account.links.web;

import dev.kabinet.account.links.Links;
import dev.kabinet.account.links.Ownership;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API identity-service calls while a resident registers (ID-1, ADR 0015): never routed by the gateway
 * (it routes {@code /api/<svc>/v1/**} only), and callable only with identity-service's client-credentials token
 * ({@link IdentityServiceCaller}); anyone else gets 403 {@code access-denied}. Kept out of the public OpenAPI
 * document, which the web client's types are generated from.
 *
 * <ul>
 *   <li>{@code POST /internal/v1/ownership-checks} → 200 {@code {"outcome": "MATCH" | "METER_NEEDED" | "NO_MATCH" |
 *       "CLOSED" | "ALREADY_REGISTERED"}}: never any owner data; a missing account answers like a wrong surname.
 *   <li>{@code POST /internal/v1/links} → 201 with the link; 422 {@code ownership-not-proven}; 409
 *       {@code account-already-registered}. Idempotent for the same username and account.
 *   <li>ID-3: {@code POST /internal/v1/phone-checks {accountNumber, phone}} → {@code {"outcome": "MATCH" | "NO_MATCH" |
 *       "CLOSED" | "ALREADY_REGISTERED"}} (a missing account answers NO_MATCH), and {@code POST /internal/v1/phone-links
 *       {username, subject, accountNumber, phone}} after identity-service confirmed the phone by SMS code.
 *   <li>ID-9: the same two link calls add further accounts (409 {@code too-many-accounts} past
 *       {@code kabinet.links.max-accounts-per-login}); {@code GET /internal/v1/links?username=} → 200 {@code
 *       [{"accountNumber", "how", "linkedAt"}]} oldest first; {@code DELETE /internal/v1/links/{accountNumber}?username=}
 *       → 204, or 404 {@code link-not-found} alike for a missing account and another login's link (docs/adr/0019).
 * </ul>
 */
@Hidden
@RestController
@RequestMapping(path = "/internal/v1", produces = "application/json")
@PreAuthorize("@identityServiceCaller.test(authentication)")
class InternalLinkController {

    private final Ownership ownership;
    private final Links links;

    InternalLinkController(Ownership ownership, Links links) {
        this.ownership = ownership;
        this.links = links;
    }

    record OwnershipQuery(
            @NotBlank @Pattern(regexp = "[0-9]{10,13}") String accountNumber,
            @NotBlank @Size(max = 100) String surname,
            @Nullable @Size(max = 40) String meterSerialNumber) {}

    record OwnershipAnswer(Ownership.Outcome outcome) {}

    /** ID-3: the phone in E.164 ({@code +79161234567}). */
    record PhoneQuery(
            @NotBlank @Pattern(regexp = "[0-9]{10,13}") String accountNumber,

            @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{7,14}")
            String phone) {}

    record PhoneLinkRequest(
            @NotBlank @Size(max = 255) String username,
            @NotBlank @Size(max = 36) String subject,
            @NotBlank @Pattern(regexp = "[0-9]{10,13}") String accountNumber,

            @NotBlank @Pattern(regexp = "\\+[1-9][0-9]{7,14}")
            String phone) {}

    record LinkRequest(
            @NotBlank @Size(max = 255) String username,
            @NotBlank @Size(max = 36) String subject,
            @NotBlank @Pattern(regexp = "[0-9]{10,13}") String accountNumber,
            @NotBlank @Size(max = 100) String surname,
            @Nullable @Size(max = 40) String meterSerialNumber) {}

    record LinkView(String username, String accountNumber, String how) {}

    /** ID-9: one of a login's links. */
    record LinkedAccount(String accountNumber, String how, Instant linkedAt) {}

    @GetMapping("/links")
    List<LinkedAccount> linksOf(@RequestParam @NotBlank @Size(max = 255) String username) {
        return links.ofLogin(username).stream()
                .map(link -> new LinkedAccount(link.accountNumber(), link.how().name(), link.linkedAt()))
                .toList();
    }

    @DeleteMapping("/links/{accountNumber}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(
            @PathVariable @Pattern(regexp = "[0-9]{10,13}") String accountNumber,
            @RequestParam @NotBlank @Size(max = 255) String username) {
        links.unlink(username, accountNumber);
    }

    @PostMapping("/ownership-checks")
    OwnershipAnswer check(@Valid @RequestBody OwnershipQuery query) {
        return new OwnershipAnswer(ownership
                .check(query.accountNumber(), query.surname(), query.meterSerialNumber())
                .outcome());
    }

    @PostMapping("/phone-checks")
    OwnershipAnswer checkPhone(@Valid @RequestBody PhoneQuery query) {
        return new OwnershipAnswer(
                ownership.checkPhone(query.accountNumber(), query.phone()).outcome());
    }

    @PostMapping("/phone-links")
    @ResponseStatus(HttpStatus.CREATED)
    LinkView linkByPhone(@Valid @RequestBody PhoneLinkRequest request) {
        var link = links.linkByPhone(request.username(), request.subject(), request.accountNumber(), request.phone());
        return new LinkView(link.username(), link.accountNumber(), link.how().name());
    }

    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    LinkView link(@Valid @RequestBody LinkRequest request) {
        var link = links.link(
                request.username(),
                request.subject(),
                request.accountNumber(),
                request.surname(),
                request.meterSerialNumber());
        return new LinkView(link.username(), link.accountNumber(), link.how().name());
    }
}
