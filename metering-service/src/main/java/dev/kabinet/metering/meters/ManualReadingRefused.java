package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The meter takes no readings from a resident (DOMAIN.md, "Meter readings"): it is read remotely, it is past its
 * verification date, or it is retired. The detail says why and what to do.
 */
public class ManualReadingRefused extends DomainProblem {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ManualReadingRefused(String slug, String detail) {
        super(slug, detail);
    }

    static ManualReadingRefused remotelyRead(String serialNumber) {
        return new ManualReadingRefused(
                "meter-remotely-read",
                "Счётчик " + serialNumber + " передаёт показания автоматически (дистанционный съём),"
                        + " вводить их вручную не нужно.");
    }

    static ManualReadingRefused verificationOverdue(String serialNumber, LocalDate due) {
        return new ManualReadingRefused(
                "meter-verification-overdue",
                "Срок поверки счётчика " + serialNumber + " истёк " + RUSSIAN_DATE.format(due)
                        + ", поэтому его показания не принимаются. Закажите поверку в офисе обслуживания или"
                        + " через обращение в личном кабинете; после поверки передавайте показания как обычно.");
    }

    static ManualReadingRefused retired(String serialNumber) {
        return new ManualReadingRefused(
                "meter-retired",
                "Счётчик " + serialNumber + " выведен из эксплуатации, показания по нему не принимаются."
                        + " Если у вас установлен новый счётчик, сообщите о нём в офис обслуживания.");
    }
}
