package dev.kabinet.identity.phoneconfirmation.web;

import dev.kabinet.identity.phoneconfirmation.RetryLater;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds {@code Retry-After} (whole seconds, RFC 9110) to the answer to a refusal that ends by itself (cooldown, SMS
 * caps), then lets the platform's problem advice write the body as for any domain outcome: it resolves nothing itself
 * and runs before the advice, and the dispatcher keeps headers already set when it renders the error.
 */
@Component
class RetryAfterHeader implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (ex instanceof RetryLater refusal) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
