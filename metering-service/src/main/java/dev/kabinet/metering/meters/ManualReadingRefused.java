package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The meter takes no readings from a resident (DOMAIN.md, "Meter readings"): it is read remotely, it is past its
 * verification date, or it is retired. The detail says why and what to do; its arguments are the meter's serial
 * number and, when overdue, the verification date ({@code dd.MM.yyyy}, as on the meter's passport).
 */
public class ManualReadingRefused extends DomainProblem {

    private static final DateTimeFormatter PASSPORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ManualReadingRefused(String slug, Object... arguments) {
        super(slug, arguments);
    }

    static ManualReadingRefused remotelyRead(String serialNumber) {
        return new ManualReadingRefused("meter-remotely-read", serialNumber);
    }

    static ManualReadingRefused verificationOverdue(String serialNumber, LocalDate due) {
        return new ManualReadingRefused("meter-verification-overdue", serialNumber, PASSPORT_DATE.format(due));
    }

    static ManualReadingRefused retired(String serialNumber) {
        return new ManualReadingRefused("meter-retired", serialNumber);
    }
}
