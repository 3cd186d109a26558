package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.Payer;
import dev.kabinet.payment.payments.PaymentLine;
import dev.kabinet.payment.payments.PaymentOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A card payment the resident starts (PY-1, PY-2): sums per charge line, the payer, the consent.
 *
 * <p>The number of lines is checked first (its {@code @Size} is in the group {@link Bounds}, which {@link BoundsFirst}
 * validates before the rest): a list longer than {@value #MAX_LINES} is refused with that one violation and its
 * elements are never validated, so an oversized body cannot make the validator build a violation per element (issue
 * #5, fault A: 20,000 lines made 40,000 violations and the service ran out of memory).
 */
public record CreatePaymentRequest(
        @ArraySchema(
                arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED),
                minItems = 1,
                maxItems = CreatePaymentRequest.MAX_LINES)
        @NotEmpty(message = "{field.lines.required}")
        @Size(
                max = CreatePaymentRequest.MAX_LINES,
                message = "{field.lines.required}",
                groups = BoundsFirst.Bounds.class)
        List<@Valid @NotNull(message = "{field.lines.required}") LineRequest> lines,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{field.payer.required}") @Valid
        PayerRequest payer,

        @Schema(
                description = "The payer agrees to the privacy policy and the user agreement (152-FZ)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @AssertTrue(message = "{field.consent.required}")
        boolean consent) {

    /** At most this many lines in one payment. */
    public static final int MAX_LINES = 20;

    /** A sum for one charge line; an advance on a line without debt is allowed. */
    @Schema(name = "PaymentLineRequest")
    public record LineRequest(
            @Schema(
                    description = "Billing's charge line code",
                    example = "EL",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{field.line.code}")
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$", message = "{field.line.code}")
            String lineCode,

            @Schema(
                    description = "Kopecks, more than 0",
                    example = "157200",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Min(value = 1, message = "{field.line.amount}")
            @Max(value = 10_000_000_000L, message = "{field.line.amount}")
            long amountKopecks) {}

    /** Who pays and where the e-receipt goes: an e-mail, a phone or both. */
    @Schema(name = "PayerRequest")
    public record PayerRequest(
            @Schema(example = "Иванова Анна Петровна", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{field.payer.name}")
            @Size(max = 200, message = "{field.payer.name}")
            String name,

            @Schema(example = "ivanova@kabinet.local", nullable = true)
            @Nullable
            @Email(message = "{field.payer.email}")
            @Size(max = 254, message = "{field.payer.email}")
            String email,

            @Schema(example = "+79160000011", nullable = true)
            @Nullable
            @Pattern(regexp = "^\\+7[0-9]{10}$", message = "{field.payer.phone}")
            String phone) {

        @AssertTrue(message = "{field.payer.contact}")
        @Schema(hidden = true)
        public boolean isEmailOrPhone() {
            return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
        }
    }

    PaymentOrder toOrder() {
        return new PaymentOrder(
                lines.stream()
                        .map(l -> PaymentLine.of(l.lineCode(), l.amountKopecks()))
                        .toList(),
                new Payer(payer.name().strip(), blankToNull(payer.email()), blankToNull(payer.phone())));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
