package dev.kabinet.identity.applications;

import dev.kabinet.identity.registration.AccountNumbers;
import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The access application form as the visitor typed it (ID-4, manual 000), and its checks: every field's problem at
 * once, each next to its field. Patronymic and extra accounts are optional; the readings are {@code T1} alone
 * (single-rate) or {@code T1} (day) and {@code T2} (night), with a decimal point or comma.
 */
public record ApplicationForm(
        @Nullable String accountNumber,
        @Nullable String surname,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String meterSerialNumber,
        @Nullable Map<String, String> readings,
        @Nullable List<String> extraAccountNumbers,
        boolean consent,
        @Nullable String captcha) {

    /** At most this many further accounts (ID-9: 10 accounts per login, the application's own included). */
    public static final int MAX_EXTRA_ACCOUNTS = 9;

    static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' \\u2010-\\u2015-]{0,59}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final Pattern SERIAL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]{0,39}");
    static final Pattern READING = Pattern.compile("[0-9]{1,9}([.,][0-9]{1,3})?");

    /** The form after its checks, in stored form: digits-only account numbers, E.164 phone, readings with a point. */
    public record Valid(
            String accountNumber,
            String surname,
            String firstName,
            @Nullable String patronymic,
            String phone,
            String email,
            String meterSerialNumber,
            List<AccessApplication.Reading> readings,
            List<String> extraAccountNumbers) {}

    @Override
    public String toString() {
        return "ApplicationForm[" + accountNumber + "]";
    }

    /**
     * @throws AccessApplicationInvalid with every field's problem
     */
    Valid validate(AccountNumbers accountNumbers) {
        List<FieldProblem> errors = new ArrayList<>();
        var account = accountNumbers.normalise(accountNumber);
        if (account.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        String surname = name(this.surname, "surname", errors, true);
        String firstName = name(this.firstName, "firstName", errors, true);
        String patronymic = name(this.patronymic, "patronymic", errors, false);
        var phone = PhoneNumber.normalise(this.phone);
        if (phone.isEmpty()) {
            errors.add(FieldProblem.of("phone", "field.phone.invalid"));
        }
        String email = this.email == null ? "" : this.email.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(FieldProblem.of("email", "field.email.invalid"));
        }
        String serial = meterSerialNumber == null ? "" : meterSerialNumber.strip();
        if (serial.isEmpty()) {
            errors.add(FieldProblem.of("meterSerialNumber", "field.meterSerialNumber.needed"));
        } else if (!SERIAL.matcher(serial).matches()) {
            errors.add(FieldProblem.of("meterSerialNumber", "field.meterSerialNumber.invalid"));
        }
        List<AccessApplication.Reading> readings = readings(errors);
        List<String> extras = extras(accountNumbers, account.orElse(null), errors);
        if (!consent) {
            errors.add(FieldProblem.of("consent", "field.consent.required"));
        }
        if (!errors.isEmpty()) {
            throw new AccessApplicationInvalid(errors);
        }
        return new Valid(
                account.orElseThrow(),
                surname,
                firstName,
                patronymic,
                phone.orElseThrow(),
                email,
                serial,
                readings,
                extras);
    }

    private static @Nullable String name(
            @Nullable String typed, String field, List<FieldProblem> errors, boolean required) {
        String value = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            if (required) {
                errors.add(FieldProblem.of(field, "field." + field + ".invalid"));
            }
            return null;
        }
        if (!NAME.matcher(value).matches()) {
            errors.add(FieldProblem.of(field, "field." + field + ".invalid"));
            return null;
        }
        return value;
    }

    private List<AccessApplication.Reading> readings(List<FieldProblem> errors) {
        var typed = readings == null ? Map.<String, String>of() : readings;
        var unknown = typed.keySet().stream()
                .filter(zone -> !zone.equals("T1") && !zone.equals("T2"))
                .findFirst();
        if (unknown.isPresent()) {
            errors.add(FieldProblem.of("readings", "field.readings.zones"));
            return List.of();
        }
        var result = new ArrayList<AccessApplication.Reading>();
        for (String zone : List.of("T1", "T2")) {
            String value = typed.get(zone);
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (zone.equals("T1")) {
                    errors.add(FieldProblem.of("readings.T1", "field.readings.invalid"));
                }
                continue;
            }
            if (!READING.matcher(value).matches()) {
                errors.add(FieldProblem.of("readings." + zone, "field.readings.invalid"));
                continue;
            }
            result.add(new AccessApplication.Reading(zone, value.replace(',', '.')));
        }
        return result;
    }

    private List<String> extras(AccountNumbers accountNumbers, @Nullable String own, List<FieldProblem> errors) {
        var typed = extraAccountNumbers == null ? List.<String>of() : extraAccountNumbers;
        var numbers = new LinkedHashSet<String>();
        int index = 0;
        for (String each : typed) {
            String field = "extraAccountNumbers[" + index++ + "]";
            if (each == null || each.isBlank()) {
                continue; // an empty row of the form
            }
            var number = accountNumbers.normalise(each);
            if (number.isEmpty()) {
                errors.add(FieldProblem.of(field, "field.accountNumber.invalid"));
            } else if (number.get().equals(own) || !numbers.add(number.get())) {
                errors.add(FieldProblem.of(field, "field.extraAccountNumbers.duplicate"));
            }
            if (index > 50) {
                break;
            }
        }
        if (numbers.size() > MAX_EXTRA_ACCOUNTS) {
            errors.add(FieldProblem.of("extraAccountNumbers", "field.extraAccountNumbers.tooMany", MAX_EXTRA_ACCOUNTS));
        }
        return List.copyOf(numbers);
    }
}
