package dev.kabinet.platform.security;

import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves a controller's {@link AccountNumber} parameter from the path variable {@code {number}}: the one place where
 * an account-scoped request is checked, in this order: the number's format (400 {@code malformed-account-number}),
 * then the caller's access to it (403 {@code account-access-denied}). A controller cannot get the number without
 * both; the shared ArchUnit rules make every {@code /accounts/{number}} endpoint take one.
 */
public class CallersAccountResolver implements HandlerMethodArgumentResolver {

    private final AccountAccess access;

    public CallersAccountResolver(AccountAccess access) {
        this.access = access;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AccountNumber.class.equals(parameter.getParameterType());
    }

    @Override
    public AccountNumber resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String number = variables == null ? null : variables.get(AccountNumber.PATH_VARIABLE);
        if (!AccountNumber.isValid(number)) {
            throw new MalformedAccountNumber();
        }
        access.check(number);
        return new AccountNumber(number);
    }
}
