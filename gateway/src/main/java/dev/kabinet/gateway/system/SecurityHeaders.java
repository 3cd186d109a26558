package dev.kabinet.gateway.system;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Content-Security-Policy and Permissions-Policy for every response. The web client loads nothing inline and
 * nothing from elsewhere; forms may only go to the gateway and to Keycloak (the logout form's redirect chain passes
 * through Keycloak's end-session endpoint, and Chromium checks {@code form-action} on every hop). Swagger UI styles
 * its elements inline, so its own paths, and only those, allow inline styles.
 */
public class SecurityHeaders implements ServerHttpHeadersWriter {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String PERMISSIONS_POLICY = "Permissions-Policy";
    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), magnetometer=(), gyroscope=()";

    private final String pagePolicy;
    private final String swaggerPolicy;

    public SecurityHeaders(String identityProviderOrigin) {
        this.pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + identityProviderOrigin;
        this.swaggerPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self'";
    }

    public String pagePolicy() {
        return pagePolicy;
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader(CONTENT_SECURITY_POLICY)) {
            headers.set(CONTENT_SECURITY_POLICY, isSwaggerUi(exchange) ? swaggerPolicy : pagePolicy);
        }
        if (!headers.containsHeader(PERMISSIONS_POLICY)) {
            headers.set(PERMISSIONS_POLICY, PERMISSIONS);
        }
        return Mono.empty();
    }

    private static boolean isSwaggerUi(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/swagger-ui.html")
                || path.startsWith("/swagger-ui/")
                || path.startsWith("/webjars/swagger-ui/");
    }
}
