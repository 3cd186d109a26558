package dev.kabinet.account.preferences;

import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.account.accounts.PhoneNumber;
import dev.kabinet.account.accounts.Preferences;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contact and preferences a resident asks for (AC-3, manual 003 «Дополнительные услуги»), checked: the phone a
 * Russian mobile number (kept in E.164), the e-mail an address of the form {@code name@domain.tld} of at most 254
 * characters, SMS informing only with a phone, e-mail informing and the bill by e-mail only with an e-mail. A blank
 * phone or e-mail means none.
 */
public record ContactChange(
        @Nullable String phone, @Nullable String email, Preferences preferences) {

    /** At most 254 characters (RFC 5321), one {@code @}, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * Checks what the resident typed.
     *
     * @throws ContactPreferencesInvalid with every field's problem at once ({@code phone}, {@code email},
     *     {@code smsInforming}, {@code emailInforming}, {@code billDelivery})
     */
    public static ContactChange of(
            @Nullable String typedPhone,
            @Nullable String typedEmail,
            boolean smsInforming,
            boolean emailInforming,
            BillDelivery billDelivery) {
        var errors = new ArrayList<FieldProblem>();
        String phone = null;
        if (typedPhone != null && !typedPhone.isBlank()) {
            phone = PhoneNumber.russianMobile(typedPhone).orElse(null);
            if (phone == null) {
                errors.add(FieldProblem.of("phone", "field.phone.invalid"));
            }
        }
        String email = null;
        if (typedEmail != null && !typedEmail.isBlank()) {
            email = typedEmail.strip();
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(FieldProblem.of("email", "field.email.invalid"));
                email = null;
            }
        }
        boolean phoneTyped = typedPhone != null && !typedPhone.isBlank();
        boolean emailTyped = typedEmail != null && !typedEmail.isBlank();
        if (smsInforming && !phoneTyped) {
            errors.add(FieldProblem.of("phone", "field.phone.required-for-sms"));
        }
        if (emailInforming && !emailTyped) {
            errors.add(FieldProblem.of("email", "field.email.required-for-informing"));
        } else if (billDelivery == BillDelivery.EMAIL && !emailTyped) {
            errors.add(FieldProblem.of("email", "field.email.required-for-bill"));
        }
        if (!errors.isEmpty()) {
            throw new ContactPreferencesInvalid(errors);
        }
        return new ContactChange(phone, email, new Preferences(smsInforming, emailInforming, billDelivery));
    }
}
