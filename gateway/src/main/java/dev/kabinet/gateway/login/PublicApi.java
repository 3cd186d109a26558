package dev.kabinet.gateway.login;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The API a visitor uses before having a login: registering by account number ({@code POST
 * /api/identity/v1/registrations}, ID-1) or by phone ({@code POST …/registrations/phone-codes} then {@code
 * …/registrations/by-phone}, ID-3) and the captcha challenge that guards them ({@code GET
 * /api/identity/v1/captcha/challenge}). identity-service lists the same paths as public; everything else under
 * {@code /api/**} needs a login.
 *
 * <p>The registration needs no CSRF token: a visitor has no session (so no token: {@link CsrfCookieWebFilter}) and
 * nothing of the browser's is relayed on it — no session means no token relayed, and cookies never reach a service.
 * A cross-site page cannot send it either: identity-service accepts only {@code application/json}, which a cross-site
 * form cannot send without a CORS preflight the gateway never allows. The per-address rate limit applies as to any
 * {@code /api} call, and identity-service adds its captcha and its own per-address cap. The bank's callback is a
 * server-to-server call with no session either; a forged one fails the checksum and changes nothing.
 */
final class PublicApi {

    static final String REGISTRATION = "/api/identity/v1/registrations";
    /** ID-3: the code to the phone on record, then the registration with it. */
    static final String PHONE_CODE = "/api/identity/v1/registrations/phone-codes";

    static final String BY_PHONE = "/api/identity/v1/registrations/by-phone";
    static final String CAPTCHA = "/api/identity/v1/captcha/challenge";
    /** PY-4: the acquiring bank's callbacks (query parameters, or a form POST). */
    static final String ACQUIRER_CALLBACKS = "/api/payment/v1/acquirer/callbacks";

    private PublicApi() {}

    static ServerWebExchangeMatcher paths() {
        return new OrServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(
                        HttpMethod.POST, REGISTRATION, PHONE_CODE, BY_PHONE, ACQUIRER_CALLBACKS),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, CAPTCHA, ACQUIRER_CALLBACKS));
    }

    /** Spring Security's CSRF rule (every unsafe method) except the visitor's registration calls and the bank's. */
    static ServerWebExchangeMatcher csrfRequired() {
        return new AndServerWebExchangeMatcher(
                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(
                        HttpMethod.POST, REGISTRATION, PHONE_CODE, BY_PHONE, ACQUIRER_CALLBACKS)));
    }
}
