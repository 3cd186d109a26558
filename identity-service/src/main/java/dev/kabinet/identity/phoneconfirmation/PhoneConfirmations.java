package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.identity.sms.SmsGateway;
import dev.kabinet.identity.sms.SmsNotSent;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirming a phone with a one-time SMS code (ID-3, ID-5, ID-7, ID-8, ID-9; ADR 0011): send a code within the
 * cooldown and the caps, then check what the resident types. The code is recorded (hashed) before the SMS leaves, so a
 * crash in between never lets a code bypass the caps; the SMS carries the confirmation's id as its idempotency key.
 */
@Component
public class PhoneConfirmations {

    private static final Logger log = LoggerFactory.getLogger(PhoneConfirmations.class);

    private final PhoneConfirmationRepository confirmations;
    private final SendLog sendLog;
    private final SmsGateway sms;
    private final PhoneConfirmationProperties rules;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final OneTimeCodes codes;
    private final SendPolicy policy;

    PhoneConfirmations(
            PhoneConfirmationRepository confirmations,
            SendLog sendLog,
            SmsGateway sms,
            PhoneConfirmationProperties rules,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.confirmations = confirmations;
        this.sendLog = sendLog;
        this.sms = sms;
        this.rules = rules;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.codes = new OneTimeCodes(rules.hashKey(), new SecureRandom());
        this.policy = new SendPolicy(rules);
    }

    /**
     * Sends a new code to the phone for the caller, asked for from {@code clientIp}. An earlier pending code to the
     * same phone stops working.
     *
     * @throws PhoneNumberInvalid when the phone is not a Russian mobile number
     * @throws ResendTooSoon within the cooldown after the last code to this phone
     * @throws SmsLimitReached beyond a per-phone or per-address cap
     * @throws SmsNotSent when the provider did not take the message (the code is void)
     */
    public PhoneConfirmation send(String subject, String typedPhone, String clientIp) {
        String phone = PhoneNumber.normalise(typedPhone).orElseThrow(PhoneNumberInvalid::new);
        var id = UUID.randomUUID();
        String code = codes.generate();
        var issued = transaction.execute(status -> {
            var now = clock.instant();
            sendLog.lock(phone, clientIp);
            policy.check(sendLog.toPhone(phone, now), sendLog.fromAddress(clientIp, now), now);
            for (var earlier : confirmations.findByPhoneAndStatus(phone, PhoneConfirmation.Status.PENDING)) {
                earlier.supersede();
                confirmations.save(earlier);
            }
            return confirmations.save(
                    PhoneConfirmation.issue(id, subject, phone, clientIp, codes.hash(id, code), now, rules.codeTtl()));
        });
        try {
            String deliveryId = sms.send(new SmsGateway.Sms(phone, text(code), id.toString()));
            return record(id, confirmation -> confirmation.sent(deliveryId));
        } catch (SmsNotSent e) {
            record(id, PhoneConfirmation::notSent);
            throw e;
        } finally {
            log.info("Phone confirmation {} for {}: code issued", issued.id(), PhoneNumber.masked(phone));
        }
    }

    /**
     * The caller enters the code of their confirmation. A wrong code counts (and is kept even though the call is
     * refused); the last allowed wrong one locks the confirmation.
     *
     * @throws PhoneConfirmationNotFound no such confirmation of the caller's
     * @throws ConfirmationCodeWrong a wrong code, with the attempts left
     * @throws ConfirmationAttemptsExhausted locked by wrong codes
     * @throws ConfirmationCodeExpired after the code's time
     * @throws ConfirmationCodeSuperseded a newer code went to the phone
     * @throws PhoneConfirmationAlreadyUsed already confirmed
     */
    public PhoneConfirmation verify(String subject, UUID id, String code) {
        var result = transaction.execute(status -> {
            var confirmation =
                    confirmations.findByIdAndSubject(id, subject).orElseThrow(PhoneConfirmationNotFound::new);
            var outcome = confirmation.enter(code, codes, clock.instant(), rules.maxAttempts());
            return new Entered(confirmations.save(confirmation), outcome);
        });
        return switch (result.outcome()) {
            case CONFIRMED -> result.confirmation();
            case WRONG -> throw new ConfirmationCodeWrong(result.confirmation().attemptsLeft(rules.maxAttempts()));
            case LOCKED -> throw new ConfirmationAttemptsExhausted(rules.maxAttempts());
        };
    }

    /** The caller's confirmation as it is now. */
    public PhoneConfirmation of(String subject, UUID id) {
        return confirmations
                .findById(id)
                .filter(c -> c.subject().equals(subject))
                .orElseThrow(PhoneConfirmationNotFound::new);
    }

    public PhoneConfirmationProperties rules() {
        return rules;
    }

    private PhoneConfirmation record(UUID id, java.util.function.Consumer<PhoneConfirmation> change) {
        return transaction.execute(status -> {
            var confirmation = confirmations.findById(id).orElseThrow(PhoneConfirmationNotFound::new);
            change.accept(confirmation);
            return confirmations.save(confirmation);
        });
    }

    private String text(String code) {
        return "Кабинет: код подтверждения " + code + ". Никому его не сообщайте. Действует "
                + rules.codeTtl().toMinutes() + " мин.";
    }

    private record Entered(PhoneConfirmation confirmation, PhoneConfirmation.Outcome outcome) {}
}
