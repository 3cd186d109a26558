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
 * /api/identity/v1/captcha/challenge}), and recovering a forgotten password or login (ID-7: {@code POST
 * …/recoveries}, {@code …/recoveries/link-checks}, {@code …/recoveries/by-link}, {@code …/recoveries/by-code});
 * identity-service lists the same paths as public. And what anyone may read before logging in (AC-6): the service
 * offices, the utility's contacts and the FAQ ({@code GET /api/account/v1/offices}, {@code …/contacts}, {@code
 * …/faq}), public in account-service too; a payment's fiscal e-receipt by its link ({@code GET
 * /api/payment/v1/fiscal-receipts/{paymentId}}, PY-8). Everything else under
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
    /** ID-2: a login with an e-mail and no account yet. */
    static final String BY_EMAIL = "/api/identity/v1/registrations/by-email";

    static final String CAPTCHA = "/api/identity/v1/captcha/challenge";
    /** ID-7: start a recovery, check the e-mail's link, set the password by the link or by the SMS code. */
    static final String RECOVERY = "/api/identity/v1/recoveries";

    static final String RECOVERY_LINK_CHECK = "/api/identity/v1/recoveries/link-checks";
    static final String RECOVERY_BY_LINK = "/api/identity/v1/recoveries/by-link";
    static final String RECOVERY_BY_CODE = "/api/identity/v1/recoveries/by-code";

    /** ID-4: a visitor's access application reviewed by the utility, and its status by number and e-mail. */
    static final String ACCESS_APPLICATION = "/api/identity/v1/access-applications";

    static final String ACCESS_APPLICATION_STATUS = "/api/identity/v1/access-applications/status-checks";

    /** PY-4: the acquiring bank's callbacks (query parameters, or a form POST). */
    static final String ACQUIRER_CALLBACKS = "/api/payment/v1/acquirer/callbacks";

    /** PY-8: a payment's fiscal e-receipt, opened by the link in the payer's e-mail or SMS. */
    static final String FISCAL_RECEIPT = "/api/payment/v1/fiscal-receipts/*";

    private static final String[] VISITOR_POSTS = {
        REGISTRATION,
        PHONE_CODE,
        BY_PHONE,
        BY_EMAIL,
        RECOVERY,
        RECOVERY_LINK_CHECK,
        RECOVERY_BY_LINK,
        RECOVERY_BY_CODE,
        ACCESS_APPLICATION,
        ACCESS_APPLICATION_STATUS,
        ACQUIRER_CALLBACKS
    };

    /** AC-6: the service offices, the utility's contacts and the FAQ, read without logging in. */
    static final String OFFICES = "/api/account/v1/offices";

    static final String CONTACTS = "/api/account/v1/contacts";
    static final String FAQ = "/api/account/v1/faq";

    private PublicApi() {}

    static ServerWebExchangeMatcher paths() {
        return new OrServerWebExchangeMatcher(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, VISITOR_POSTS),
                ServerWebExchangeMatchers.pathMatchers(
                        HttpMethod.GET, CAPTCHA, OFFICES, CONTACTS, FAQ, ACQUIRER_CALLBACKS, FISCAL_RECEIPT));
    }

    /**
     * Spring Security's CSRF rule (every unsafe method) except the visitor's registration and recovery calls and the
     * bank's callbacks.
     */
    static ServerWebExchangeMatcher csrfRequired() {
        return new AndServerWebExchangeMatcher(
                CsrfWebFilter.DEFAULT_CSRF_MATCHER,
                new NegatedServerWebExchangeMatcher(
                        ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, VISITOR_POSTS)));
    }
}
