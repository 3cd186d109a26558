package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.Receipts;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receipt PDF for notification-service's e-bills (NT-4, docs/adr/0035): {@code GET
 * /internal/v1/receipts/{number}/{period}} → 200 {@code application/pdf}, the same document a resident downloads; 404
 * {@code receipt-period-not-closed} for a period not closed or no longer kept; 400 for a malformed number or period.
 * Never routed by the gateway (it routes {@code /api/<svc>/v1/**} only) and kept out of the public OpenAPI document.
 * Only notification-service's own client-credentials token may call it — a Keycloak token (issuer and audience
 * {@code kabinet-api} checked as for every call) whose {@code azp} is the client
 * {@code kabinet.billing.notification-client-id} ({@code notification-service}) and whose user is that client's service
 * account; a resident's or an operator's token gets 403 {@code access-denied}, no token 401.
 */
@Hidden
@RestController
@RequestMapping(path = "/internal/v1/receipts")
public class InternalReceiptController {

    private final Receipts receipts;
    private final String clientId;

    InternalReceiptController(
            Receipts receipts,
            @Value("${kabinet.billing.notification-client-id:notification-service}") String clientId) {
        this.receipts = receipts;
        this.clientId = clientId;
    }

    @GetMapping("/{number}/{period}")
    @PreAuthorize("@internalReceiptController.isNotificationService(authentication)")
    ResponseEntity<byte[]> receipt(
            @PathVariable @Pattern(regexp = "[0-9]{10,13}") String number, @PathVariable YearMonth period) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(receipts.pdf(number, period));
    }

    /** Whether {@code caller} is notification-service's own service account (client credentials). */
    public boolean isNotificationService(Authentication caller) {
        return caller instanceof JwtAuthenticationToken token
                && clientId.equals(token.getToken().getClaimAsString("azp"))
                && ("service-account-" + clientId).equals(token.getToken().getClaimAsString("preferred_username"));
    }
}
