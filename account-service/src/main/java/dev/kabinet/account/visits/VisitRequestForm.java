package dev.kabinet.account.visits;

import dev.kabinet.account.accounts.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A visit request as the resident fills it in, checked (AC-4): the preferred days a range in the future — from
 * tomorrow at the earliest, {@code to} not before {@code from}, at most {@value #HORIZON_DAYS} days ahead — the contact
 * phone a Russian number (kept in E.164), the comment at most 1000 characters.
 */
public record VisitRequestForm(
        VisitReason reason,
        @Nullable String meterSerial,
        LocalDate preferredFrom,
        LocalDate preferredTo,
        String contactPhone,
        @Nullable String comment) {

    /** How far ahead the preferred days may lie. */
    public static final int HORIZON_DAYS = 90;

    /**
     * @param today the resident's today (the utility's time zone)
     * @throws VisitRequestInvalid with every field's problem at once ({@code preferredFrom}, {@code preferredTo},
     *     {@code contactPhone})
     */
    public static VisitRequestForm of(
            VisitReason reason,
            @Nullable String meterSerial,
            @Nullable LocalDate preferredFrom,
            @Nullable LocalDate preferredTo,
            @Nullable String contactPhone,
            @Nullable String comment,
            LocalDate today) {
        Objects.requireNonNull(reason, "reason");
        var errors = new ArrayList<FieldProblem>();
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        if (preferredFrom == null) {
            errors.add(FieldProblem.of("preferredFrom", "field.visit.from-required"));
        } else if (!preferredFrom.isAfter(today)) {
            errors.add(FieldProblem.of("preferredFrom", "field.visit.from-future"));
        } else if (preferredFrom.isAfter(horizon)) {
            errors.add(FieldProblem.of("preferredFrom", "field.visit.beyond-horizon", HORIZON_DAYS));
        }
        if (preferredTo == null) {
            errors.add(FieldProblem.of("preferredTo", "field.visit.to-required"));
        } else if (preferredFrom != null && preferredTo.isBefore(preferredFrom)) {
            errors.add(FieldProblem.of("preferredTo", "field.visit.to-before-from"));
        } else if (preferredTo.isAfter(horizon)) {
            errors.add(FieldProblem.of("preferredTo", "field.visit.beyond-horizon", HORIZON_DAYS));
        }
        String phone = contactPhone == null || contactPhone.isBlank()
                ? null
                : PhoneNumber.russianMobile(contactPhone)
                        .or(() -> PhoneNumber.normalise(contactPhone.strip()))
                        .orElse(null);
        if (phone == null) {
            errors.add(FieldProblem.of("contactPhone", "field.visit.phone"));
        }
        String serial = meterSerial == null || meterSerial.isBlank() ? null : meterSerial.strip();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            errors.add(FieldProblem.of("comment", "field.visit.comment-length", 1000));
        }
        if (!errors.isEmpty()) {
            throw new VisitRequestInvalid(errors);
        }
        return new VisitRequestForm(reason, serial, preferredFrom, preferredTo, phone, text);
    }
}
