package dev.kabinet.identity.applications;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.LinkRefused;
import dev.kabinet.identity.accounts.TooManyAccounts;
import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.identity.links.AccountsAttribute;
import dev.kabinet.identity.registration.AccountNumbers;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.identity.registration.RegistrationProperties;
import dev.kabinet.identity.trial.Trials;
import dev.kabinet.platform.messaging.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access applications reviewed by the utility (ID-4, BO-4, ADR 0032). A visitor submits the form (checked field by field,
 * captcha, a per-address cap, consent recorded); the application is stored and goes to the back office through the
 * outbox in the same transaction. The back office's decision comes back over Kafka: approval makes a login without a
 * password, links the approved accounts and has Keycloak send a one-time link to set the password; rejection e-mails
 * the reason and lets the account apply again. The status is open to whoever knows the number and the e-mail.
 */
@Service
public class AccessApplications {

    private static final Logger log = LoggerFactory.getLogger(AccessApplications.class);

    /** Consent purpose recorded with an application (152-FZ). */
    static final String CONSENT_PURPOSE = "ACCESS_APPLICATION";

    /** The reason a rejection gives when the login could not be made (a login with that e-mail exists already). */
    static final String LOGIN_EXISTS = "Для этого адреса электронной почты или лицевого счёта учётная запись уже есть."
            + " Войдите в личный кабинет или восстановите пароль.";

    private final ApplicationsProperties properties;
    private final RegistrationProperties registration;
    private final AccountNumbers accountNumbers;
    private final Captchas captchas;
    private final AccessApplicationRepository applications;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicantLogins logins;
    private final AccountOwnership ownership;
    private final AccountsAttribute accountsAttribute;
    private final ApplicationMail mail;
    private final Trials trials;
    private final Clock clock;

    AccessApplications(
            ApplicationsProperties properties,
            RegistrationProperties registration,
            Captchas captchas,
            AccessApplicationRepository applications,
            Outbox outbox,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ApplicantLogins logins,
            AccountOwnership ownership,
            AccountsAttribute accountsAttribute,
            ApplicationMail mail,
            Trials trials,
            Clock clock) {
        this.properties = properties;
        this.registration = registration;
        this.accountNumbers = new AccountNumbers(registration.accountNumberPattern());
        this.captchas = captchas;
        this.applications = applications;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.logins = logins;
        this.ownership = ownership;
        this.accountsAttribute = accountsAttribute;
        this.mail = mail;
        this.trials = trials;
        this.clock = clock;
    }

    /** What the applicant is told: the number to check the status by, and how long the review takes. */
    public record Submitted(long applicationNumber, Instant submittedAt, int reviewDays) {}

    /** What the status page shows: nothing but the application's own progress. */
    public record Status(
            long applicationNumber,
            AccessApplication.Status status,
            Instant submittedAt,
            @Nullable Instant decidedAt,
            @Nullable String reason) {}

    /**
     * @param language {@code ru} or {@code en}: the language of the letters
     * @throws AccessApplicationInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, AccessApplicationsExceeded,
     *     AccessApplicationWaiting
     */
    public Submitted submit(ApplicationForm form, String language, String clientIp) {
        var valid = form.validate(accountNumbers);
        captchas.spend(form.captcha());
        var application = transactions.execute(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('access-application:' || ?))", clientIp);
            Instant now = clock.instant();
            var times = applications.submittedFrom(clientIp, now.minus(properties.perIpWindow()));
            if (times.size() >= properties.perIp()) {
                Instant freed = times.get(times.size() - properties.perIp()).plus(properties.perIpWindow());
                throw new AccessApplicationsExceeded(Duration.between(now, freed));
            }
            AccessApplication submitted;
            try {
                submitted = applications.insert(UUID.randomUUID(), valid, language(language), clientIp, now);
            } catch (DuplicateKeyException e) {
                throw new AccessApplicationWaiting();
            }
            jdbc.update(
                    "insert into personal_data_consent (subject, username, text_version, purpose, given_at, client_ip)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    "access-application:" + submitted.id(),
                    "application-" + submitted.number(),
                    registration.consentVersion(),
                    CONSENT_PURPOSE,
                    Timestamp.from(now),
                    clientIp);
            outbox.publish(
                    properties.submissionsTopic(),
                    submitted.accountNumber(),
                    AccessApplicationSubmittedV1.TYPE,
                    AccessApplicationSubmittedV1.of(submitted));
            return submitted;
        });
        log.info("Access application {} submitted", application.number());
        return new Submitted(application.number(), application.submittedAt(), properties.reviewDays());
    }

    /**
     * The status of application {@code number} to whoever gives its e-mail (case does not matter).
     *
     * @throws AccessApplicationNotFound alike for a missing number and another e-mail
     */
    public Status status(long number, @Nullable String email) {
        var application = applications
                .byNumber(number)
                .filter(found -> email != null && found.email().equalsIgnoreCase(email.strip()))
                .orElseThrow(AccessApplicationNotFound::new);
        return new Status(
                application.number(),
                application.status(),
                application.submittedAt(),
                application.decidedAt(),
                application.reason());
    }

    /** The back office's decision, as identity-service reads it. */
    public record Decision(
            UUID applicationId,
            String accountNumber,
            boolean approved,
            List<String> accountNumbers,
            @Nullable String reason) {}

    /**
     * Applies the back office's decision, inside the transaction that records {@code eventId} in the inbox; a second
     * decision of a decided application changes nothing.
     *
     * @throws IllegalArgumentException when the decision names an application this service never sent, or another
     *     account (the listener dead-letters it)
     */
    public void decided(UUID eventId, Decision decision) {
        var application = applications
                .lock(decision.applicationId())
                .orElseThrow(() -> new IllegalArgumentException("/applicationId unknown application"));
        if (!application.accountNumber().equals(decision.accountNumber())) {
            throw new IllegalArgumentException("/accountNumber not the application's account");
        }
        if (!application.waiting()) {
            log.info("Access application {} was decided already; decision {} ignored", application.number(), eventId);
            return;
        }
        if (decision.approved()) {
            approve(eventId, application, decision.accountNumbers());
        } else {
            String reason = decision.reason() == null ? "" : decision.reason().strip();
            if (reason.isEmpty()) {
                throw new IllegalArgumentException("/reason missing");
            }
            reject(eventId, application, reason);
        }
    }

    private void approve(UUID eventId, AccessApplication application, List<String> approvedAccounts) {
        var asked = application.allAccountNumbers();
        var accounts =
                approvedAccounts.stream().filter(asked::contains).distinct().toList();
        if (accounts.isEmpty() || !accounts.getFirst().equals(application.accountNumber())) {
            throw new IllegalArgumentException("/accountNumbers must start with the application's account");
        }
        var form = application.form();
        String username = application.accountNumber();
        String subject;
        try {
            subject = logins.create(new ApplicantLogins.NewApplicant(
                    application.submittedAt(), username, form.email(), form.firstName(), form.surname(), accounts));
        } catch (LoginTaken e) {
            // the e-mail (or the account number as a username) belongs to a login already: nothing to make
            log.info("Access application {} approved, but a login exists already", application.number());
            reject(eventId, application, LOGIN_EXISTS);
            return;
        }
        var linked = new ArrayList<String>();
        for (String account : accounts) {
            boolean own = account.equals(application.accountNumber());
            try {
                ownership.link(username, subject, account, form.surname(), own ? form.meterSerialNumber() : null);
                linked.add(account);
            } catch (LinkRefused | TooManyAccounts e) {
                log.warn(
                        "Access application {}: account-service refused to link one approved account ({})",
                        application.number(),
                        e.getClass().getSimpleName());
            }
        }
        if (!linked.equals(accounts)) {
            accountsAttribute.replace(subject, linked);
        }
        trials.start(subject, username);
        logins.sendSetPasswordLink(subject, properties.passwordLinkLifespan());
        application.approve(username, subject, clock.instant());
        applications.saveDecision(application);
        mail.approved(new ApplicationMail.Approved(
                application.email(), application.language(), application.number(), username, eventId.toString()));
        log.info("Access application {} approved: login made, link to set the password sent", application.number());
    }

    private void reject(UUID eventId, AccessApplication application, String reason) {
        application.reject(reason, clock.instant());
        applications.saveDecision(application);
        mail.rejected(new ApplicationMail.Rejected(
                application.email(), application.language(), application.number(), reason, eventId.toString()));
        log.info("Access application {} rejected", application.number());
    }

    private static String language(String language) {
        return "en".equals(language == null ? null : language.toLowerCase(Locale.ROOT)) ? "en" : "ru";
    }
}
