package dev.kabinet.identity.recovery;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.identity.phoneconfirmation.ConfirmationAttemptsExhausted;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeExpired;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeSuperseded;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeWrong;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmationAlreadyUsed;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmations;
import dev.kabinet.identity.profiles.LoginSecurity;
import dev.kabinet.identity.profiles.PasswordChangeInvalid;
import dev.kabinet.identity.registration.AccountNumbers;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.identity.registration.RegistrationProperties;
import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password recovery (ID-7, ID-5; manuals 000, 003, 004; ADR 0026), without a login:
 *
 * <ul>
 *   <li>{@link #start}: by e-mail — the username, the e-mail or an account number (000: that recovers a forgotten
 *       login) — or by SMS — the account number and the phone on record (004). A captcha (spent), a cap per client
 *       address and a cooldown per identifier, then the same answer whether or not a login was found: a request for
 *       nobody is recorded too and refuses codes like a real one. The letter or the SMS leaves after the answer, on
 *       another thread, so the time of the answer does not tell either.
 *   <li>{@link #checkLink} and {@link #completeByLink}: the e-mail's one-time link (256 random bits; only its SHA-256 is
 *       kept) shows the login and sets a new password once, within {@code link-ttl}; a newer request voids it.
 *   <li>{@link #completeByCode}: the SMS code (the OTP engine of ADR 0011: hashed, 5 minutes, 5 attempts) sets a new
 *       password and, where the utility allows it (004), a new username.
 * </ul>
 *
 * A new password ends every session of the login (back-channel logout ends their gateway sessions) and lifts a
 * brute-force lockout. Nothing here logs an identifier, a token, a code or a password.
 */
@Service
public class Recoveries implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Recoveries.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,44}");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    /** How the resident wants to recover. */
    public enum Channel {
        EMAIL,
        SMS
    }

    /** The start form as typed; {@code identifier} for e-mail, {@code accountNumber} and {@code phone} for SMS. */
    public record Start(
            @Nullable Channel channel,
            @Nullable String identifier,
            @Nullable String accountNumber,
            @Nullable String phone,
            @Nullable String captcha) {}

    /** The same for everyone: the request's id (the SMS step names it), its channel and until when it works. */
    public record Started(UUID recoveryId, Channel channel, Instant expiresAt) {}

    /** A valid link: the login it recovers (a forgotten login is recovered here) and until when it works. */
    public record LinkState(String username, Instant expiresAt) {}

    /** The SMS step's form as typed. */
    public record CodeCompletion(
            @Nullable UUID recoveryId,
            @Nullable String code,
            @Nullable String newPassword,
            @Nullable String repeatPassword,
            @Nullable String newUsername) {
        @Override
        public String toString() {
            return "CodeCompletion[" + recoveryId + "]";
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Captchas captchas;
    private final Logins logins;
    private final LoginSecurity security;
    private final AccountOwnership ownership;
    private final PhoneConfirmations phoneConfirmations;
    private final RecoveryMail mail;
    private final RecoveryProperties properties;
    private final AccountNumbers accountNumbers;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    Recoveries(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Captchas captchas,
            Logins logins,
            LoginSecurity security,
            AccountOwnership ownership,
            PhoneConfirmations phoneConfirmations,
            RecoveryMail mail,
            RecoveryProperties properties,
            RegistrationProperties registration,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.captchas = captchas;
        this.logins = logins;
        this.security = security;
        this.ownership = ownership;
        this.phoneConfirmations = phoneConfirmations;
        this.mail = mail;
        this.properties = properties;
        this.accountNumbers = new AccountNumbers(registration.accountNumberPattern());
        this.clock = clock;
    }

    /**
     * @throws RecoveryInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, RecoveryAttemptsExceeded, RecoveryTooSoon,
     *     dev.kabinet.identity.accounts.AccountServiceUnavailable, IdentityProviderUnavailable — all alike whether or
     *     not a login exists
     */
    public Started start(Start form, String clientIp) {
        List<FieldProblem> errors = new ArrayList<>();
        if (form.channel() == null) {
            errors.add(FieldProblem.of("channel", "field.channel.required"));
        }
        String identifier = form.identifier() == null ? "" : form.identifier().strip();
        Optional<String> account = Optional.empty();
        Optional<String> phone = Optional.empty();
        if (form.channel() == Channel.EMAIL) {
            if (identifier.isEmpty() || identifier.length() > 254) {
                errors.add(FieldProblem.of("identifier", "field.identifier.required"));
            } else if (!identifier.contains("@") && identifier.matches("[0-9 .\\-]+")) {
                account = accountNumbers.normalise(identifier);
                if (account.isEmpty()) {
                    errors.add(FieldProblem.of("identifier", "field.accountNumber.invalid"));
                }
            }
        } else if (form.channel() == Channel.SMS) {
            account = accountNumbers.normalise(form.accountNumber() == null ? "" : form.accountNumber());
            if (account.isEmpty()) {
                errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
            }
            phone = PhoneNumber.normalise(form.phone() == null ? "" : form.phone());
            if (phone.isEmpty()) {
                errors.add(FieldProblem.of("phone", "field.phone.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RecoveryInvalid(errors);
        }
        captchas.spend(form.captcha());
        Channel channel = form.channel();
        String key = channel == Channel.SMS
                ? "sms:" + sha256(account.orElseThrow() + ":" + phone.orElseThrow())
                : "email:" + sha256(account.orElse(identifier.toLowerCase(Locale.ROOT)));
        admit(clientIp, key);

        Optional<Logins.Login> login;
        if (channel == Channel.SMS) {
            var holders = logins.holding(account.orElseThrow());
            var outcome = ownership.checkPhone(account.orElseThrow(), phone.orElseThrow());
            login = outcome == AccountOwnership.Outcome.NO_MATCH
                    ? Optional.empty()
                    : holders.stream().findFirst();
        } else {
            login = account.isPresent()
                    ? logins.holding(account.get()).stream()
                            .filter(l -> l.email() != null)
                            .findFirst()
                    : logins.byUsernameOrEmail(identifier);
            login = login.filter(l -> l.email() != null);
        }

        var id = UUID.randomUUID();
        Instant now = clock.instant();
        Duration ttl = channel == Channel.SMS ? phoneConfirmations.rules().codeTtl() : properties.linkTtl();
        String token = channel == Channel.EMAIL && login.isPresent() ? newToken() : null;
        String subject = login.map(Logins.Login::subject).orElse(null);
        transaction.executeWithoutResult(status -> {
            if (subject != null) {
                jdbc.update(
                        "update password_recovery set status = 'SUPERSEDED'"
                                + " where subject = ? and channel = ? and status = 'PENDING'",
                        subject,
                        channel.name());
            }
            jdbc.update(
                    "insert into password_recovery (id, channel, lookup_key, subject, token_hash, client_ip,"
                            + " created_at, expires_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')",
                    id,
                    channel.name(),
                    key,
                    subject,
                    token == null ? null : sha256(token),
                    clientIp,
                    Timestamp.from(now),
                    Timestamp.from(now.plus(ttl)));
        });
        if (login.isPresent()) {
            var found = login.get();
            if (channel == Channel.EMAIL) {
                String link = properties.linkBase() + "#token=" + token;
                senders.execute(() -> mail.send(new RecoveryMail.Letter(
                        found.email(), found.language(), found.username(), link, properties.linkTtl())));
            } else {
                String to = phone.orElseThrow();
                senders.execute(() -> sendCode(id, to, clientIp));
            }
        }
        log.info("Recovery {} by {} requested", id, channel);
        return new Started(id, channel, now.plus(ttl));
    }

    /**
     * The link's login, before the resident types a new password (ID-5: an expired or used link says so at once).
     *
     * @throws RecoveryLinkNotFound, RecoveryLinkExpired, RecoveryLinkUsed
     */
    public LinkState checkLink(@Nullable String token) {
        var row = linkRow(token);
        var login = logins.bySubject(row.subject()).orElseThrow(RecoveryLinkExpired::new);
        return new LinkState(login.username(), row.expiresAt());
    }

    /**
     * Sets the new password by the e-mail's link; the link then works no more.
     *
     * @return the login's username
     * @throws RecoveryInvalid, RecoveryLinkNotFound, RecoveryLinkExpired, RecoveryLinkUsed
     */
    public String completeByLink(@Nullable String token, @Nullable String newPassword, @Nullable String repeat) {
        checkPasswords(newPassword, repeat, new ArrayList<>());
        var row = linkRow(token);
        var login = logins.bySubject(row.subject()).orElseThrow(RecoveryLinkExpired::new);
        claim(row.id(), RecoveryLinkUsed::new);
        try {
            security.setPassword(login.subject(), newPassword);
        } catch (PasswordChangeInvalid e) {
            release(row.id());
            throw new RecoveryInvalid(List.of(FieldProblem.of("newPassword", "field.password.policy")));
        } catch (RuntimeException e) {
            release(row.id());
            throw e;
        }
        finish(login.subject());
        log.info("Recovery {}: password set by the e-mail link", row.id());
        return login.username();
    }

    /**
     * Sets the new password (and, where allowed, the username) by the SMS code.
     *
     * @return the login's username, new or as it was
     * @throws RecoveryInvalid, RecoveryNotFound, LoginTaken, and the code's refusals of ADR 0011 (wrong, attempts
     *     exhausted, expired, superseded, used)
     */
    public String completeByCode(CodeCompletion form) {
        List<FieldProblem> errors = new ArrayList<>();
        if (form.code() == null || !CODE.matcher(form.code().strip()).matches()) {
            errors.add(FieldProblem.of("code", "field.code.format"));
        }
        String newUsername = form.newUsername() == null || form.newUsername().isBlank()
                ? null
                : form.newUsername().strip();
        if (newUsername != null && !properties.usernameChange()) {
            errors.add(FieldProblem.of("newUsername", "field.newUsername.notAllowed"));
        } else if (newUsername != null && !USERNAME.matcher(newUsername).matches()) {
            errors.add(FieldProblem.of("newUsername", "field.username.invalid"));
        }
        checkPasswords(form.newPassword(), form.repeatPassword(), errors);
        if (form.recoveryId() == null) {
            throw new RecoveryNotFound();
        }
        var row = row("id = ? and channel = 'SMS'", form.recoveryId()).orElseThrow(RecoveryNotFound::new);
        switch (row.status()) {
            case "USED" -> throw new PhoneConfirmationAlreadyUsed();
            case "SUPERSEDED" -> throw new ConfirmationCodeSuperseded();
            case "LOCKED" ->
                throw new ConfirmationAttemptsExhausted(
                        phoneConfirmations.rules().maxAttempts());
            default -> {}
        }
        if (!row.expiresAt().isAfter(clock.instant())) {
            throw new ConfirmationCodeExpired();
        }
        if (newUsername != null) {
            logins.byUsernameOrEmail(newUsername)
                    .filter(l -> !l.subject().equals(row.subject()))
                    .ifPresent(l -> {
                        throw new LoginTaken(FieldProblem.of("newUsername", "field.username.taken"));
                    });
        }
        UUID confirmationId = row.subject() == null ? null : confirmationOf(row);
        if (confirmationId == null) {
            throw wrongCode(row.id());
        }
        phoneConfirmations.verify(
                "recovery:" + row.id(), confirmationId, form.code().strip());
        claim(row.id(), PhoneConfirmationAlreadyUsed::new);
        if (newUsername != null) {
            logins.rename(row.subject(), newUsername);
        }
        security.setPassword(row.subject(), form.newPassword());
        finish(row.subject());
        String username = newUsername != null
                ? newUsername
                : logins.bySubject(row.subject()).map(Logins.Login::username).orElseThrow(RecoveryNotFound::new);
        log.info("Recovery {}: password set by the SMS code{}", row.id(), newUsername != null ? ", username too" : "");
        return username;
    }

    public RecoveryProperties settings() {
        return properties;
    }

    @Override
    public void destroy() {
        senders.close();
    }

    private void sendCode(UUID id, String phone, String clientIp) {
        try {
            var sent = phoneConfirmations.send("recovery:" + id, phone, clientIp);
            jdbc.update("update password_recovery set confirmation_id = ? where id = ?", sent.id(), id);
        } catch (RuntimeException e) {
            // the caps, the cooldown or the provider: the code was not sent; the request refuses codes like any other
            log.info("Recovery {}: no SMS sent ({})", id, e.getClass().getSimpleName());
        }
    }

    /**
     * The code's confirmation: recorded under the subject {@code recovery:<id>} before the SMS left, so it is found
     * even while the sender has not noted its id yet; none when no code went out (caps, provider).
     */
    private @Nullable UUID confirmationOf(Row row) {
        if (row.confirmationId() != null) {
            return row.confirmationId();
        }
        return jdbc
                .queryForList(
                        "select id from phone_confirmation where subject = ? and status <> 'NOT_SENT'"
                                + " order by created_at desc limit 1",
                        UUID.class,
                        "recovery:" + row.id())
                .stream()
                .findFirst()
                .orElse(null);
    }

    private void checkPasswords(@Nullable String password, @Nullable String repeat, List<FieldProblem> errors) {
        if (password == null || password.isEmpty() || password.length() > 128) {
            errors.add(FieldProblem.of("newPassword", "field.password.policy"));
        } else if (!password.equals(repeat)) {
            errors.add(FieldProblem.of("repeatPassword", "field.repeatPassword.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new RecoveryInvalid(errors);
        }
    }

    /** The per-address cap and the per-identifier cooldown, counted under an advisory lock on the address. */
    private void admit(String clientIp, String key) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(hashtext('recovery:' || ?))", clientIp);
            Instant now = clock.instant();
            var times = jdbc.queryForList(
                    "select created_at from password_recovery where client_ip = ? and created_at > ?"
                            + " order by created_at",
                    Timestamp.class,
                    clientIp,
                    Timestamp.from(now.minus(properties.perIpWindow())));
            if (times.size() >= properties.perIp()) {
                Instant freed =
                        times.get(times.size() - properties.perIp()).toInstant().plus(properties.perIpWindow());
                throw new RecoveryAttemptsExceeded(Duration.between(now, freed));
            }
            var last = jdbc.queryForList(
                    "select max(created_at) from password_recovery where lookup_key = ? and created_at > ?",
                    Timestamp.class,
                    key,
                    Timestamp.from(now.minus(properties.resendCooldown())));
            if (!last.isEmpty() && last.getFirst() != null) {
                Instant next = last.getFirst().toInstant().plus(properties.resendCooldown());
                throw new RecoveryTooSoon(Duration.between(now, next));
            }
        });
    }

    private Row linkRow(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RecoveryLinkNotFound();
        }
        var row = row("token_hash = ? and channel = 'EMAIL'", sha256(token.strip()))
                .orElseThrow(RecoveryLinkNotFound::new);
        if (row.status().equals("USED")) {
            throw new RecoveryLinkUsed();
        }
        if (!row.status().equals("PENDING") || !row.expiresAt().isAfter(clock.instant()) || row.subject() == null) {
            throw new RecoveryLinkExpired();
        }
        return row;
    }

    /** PENDING → USED, once; a second caller gets {@code used}. */
    private void claim(UUID id, java.util.function.Supplier<RuntimeException> used) {
        int claimed = jdbc.update(
                "update password_recovery set status = 'USED', used_at = ? where id = ? and status = 'PENDING'",
                Timestamp.from(clock.instant()),
                id);
        if (claimed == 0) {
            throw used.get();
        }
    }

    private void release(UUID id) {
        jdbc.update("update password_recovery set status = 'PENDING', used_at = null where id = ?", id);
    }

    /** A code entered on a request for nobody: counted and locked like a real code (ADR 0011's attempts). */
    private RuntimeException wrongCode(UUID id) {
        int max = phoneConfirmations.rules().maxAttempts();
        Integer failed = transaction.execute(status -> jdbc.queryForObject(
                "update password_recovery set failed_attempts = failed_attempts + 1,"
                        + " status = case when failed_attempts + 1 >= ? then 'LOCKED' else status end"
                        + " where id = ? returning failed_attempts",
                Integer.class,
                max,
                id));
        int used = failed == null ? max : failed;
        return used >= max ? new ConfirmationAttemptsExhausted(max) : new ConfirmationCodeWrong(max - used);
    }

    private void finish(String subject) {
        logins.unlock(subject);
        try {
            security.endSessions(subject, null);
        } catch (RuntimeException e) {
            log.warn(
                    "Password recovered but the login's sessions were not ended: {}",
                    e.getClass().getSimpleName());
        }
    }

    private Optional<Row> row(String where, Object value) {
        return jdbc
                .query(
                        "select id, subject, confirmation_id, status, expires_at from password_recovery where " + where,
                        (rs, n) -> new Row(
                                rs.getObject("id", UUID.class),
                                rs.getString("subject"),
                                rs.getObject("confirmation_id", UUID.class),
                                rs.getString("status"),
                                rs.getTimestamp("expires_at").toInstant()),
                        value)
                .stream()
                .findFirst();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(
            UUID id, @Nullable String subject, @Nullable UUID confirmationId, String status, Instant expiresAt) {}
}
