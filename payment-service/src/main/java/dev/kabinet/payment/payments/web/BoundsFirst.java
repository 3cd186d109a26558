package dev.kabinet.payment.payments.web;

import jakarta.validation.Validator;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Validates every request body of payment-service in two steps (issue #5, fault A): first only the constraints of the
 * group {@link Bounds} — the sizes of lists — and, only when they hold, everything else. Bean Validation validates each
 * element of a {@code List<@Valid …>} even when the list's {@code @Size} already failed, so a body with 20,000 lines
 * built 40,000 violations and the service ran out of memory; now an oversized list is one violation naming the list
 * and its elements are not looked at. A request DTO with a list puts the list's {@code @Size} in {@link Bounds}.
 */
@ControllerAdvice
class BoundsFirst {

    /** The constraints checked before any other: the size of a list whose elements are validated one by one. */
    public interface Bounds {}

    private final Validator validator;

    BoundsFirst(Validator validator) {
        this.validator = validator;
    }

    @InitBinder
    void boundsFirst(WebDataBinder binder) {
        if (binder.getTarget() != null) {
            binder.setValidator(new TwoSteps(new SpringValidatorAdapter(validator)));
        }
    }

    private record TwoSteps(SpringValidatorAdapter validator) implements SmartValidator {

        @Override
        public boolean supports(Class<?> type) {
            return validator.supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            validate(target, errors, new Object[0]);
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            validator.validate(target, errors, Bounds.class);
            if (!errors.hasErrors()) {
                validator.validate(target, errors, hints);
            }
        }
    }
}
