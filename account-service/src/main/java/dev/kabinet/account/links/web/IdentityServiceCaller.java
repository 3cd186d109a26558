package dev.kabinet.account.links.web;

import dev.kabinet.account.links.LinkProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who may call the internal link endpoints (ADR 0015): only identity-service's own service account — a
 * client-credentials token of client {@code kabinet.links.identity-client-id} ({@code azp}) whose user is that
 * client's service account. A resident's or an operator's token is refused with 403.
 */
@Component("identityServiceCaller")
class IdentityServiceCaller {

    private final String clientId;

    IdentityServiceCaller(LinkProperties properties) {
        this.clientId = properties.identityClientId();
    }

    public boolean test(Authentication caller) {
        return caller instanceof JwtAuthenticationToken token
                && clientId.equals(token.getToken().getClaimAsString("azp"))
                && ("service-account-" + clientId).equals(token.getToken().getClaimAsString("preferred_username"));
    }
}
