package dev.kabinet.notification.contacts;

import dev.kabinet.platform.security.AccountAccess;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where to reach an account's owner, and how they want to be informed. */
@Service
public class Contacts {

    private static final Logger log = LoggerFactory.getLogger(Contacts.class);

    private final ContactRepository repository;
    private final JdbcTemplate jdbc;

    Contacts(ContactRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** The address to e-mail about {@code accountNumber}, unless there is none or the owner opted out. */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String accountNumber) {
        return repository.findById(accountNumber).filter(Contact::wantsEmail).map(Contact::email);
    }

    /** The account's contact as notification holds it, if it knows the account. */
    @Transactional(readOnly = true)
    public Optional<Contact> of(String accountNumber) {
        return repository.findById(accountNumber);
    }

    /** The serial number of meter {@code meterId} of the account, when notification knows it. */
    @Transactional(readOnly = true)
    public Optional<String> serialNumberOf(String accountNumber, long meterId) {
        return jdbc
                .queryForList(
                        "select serial_number from contact_meter where account_number = ? and meter_id = ?",
                        String.class,
                        accountNumber,
                        meterId)
                .stream()
                .findFirst();
    }

    /**
     * Takes an account's contact and preferences after a change (issue #7), unless the change's sequence is not above
     * the one applied: an older or repeated change changes nothing. One statement, so two deliveries never both pass.
     *
     * @return whether the change was applied
     */
    @Transactional
    public boolean apply(ContactChange change) {
        int applied = jdbc.update(
                """
                insert into contact
                    (account_number, sequence, phone, email, sms_informing, email_informing, bill_delivery)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (account_number) do update set
                    sequence = excluded.sequence, phone = excluded.phone, email = excluded.email,
                    sms_informing = excluded.sms_informing, email_informing = excluded.email_informing,
                    bill_delivery = excluded.bill_delivery
                where contact.sequence < excluded.sequence
                """,
                change.accountNumber(),
                change.sequence(),
                change.phone(),
                change.email(),
                change.smsInforming(),
                change.emailInforming(),
                change.billDelivery().name());
        if (applied > 0) {
            jdbc.update("delete from contact_meter where account_number = ?", change.accountNumber());
            change.meters()
                    .forEach((id, serial) -> jdbc.update(
                            "insert into contact_meter (account_number, meter_id, serial_number) values (?, ?, ?)",
                            change.accountNumber(),
                            id,
                            serial));
        }
        if (applied == 0) {
            log.debug(
                    "Change {} of account {} not above the one applied: ignored",
                    change.sequence(),
                    AccountAccess.mask(change.accountNumber()));
            return false;
        }
        log.info(
                "Change {} of account {}: contact applied",
                change.sequence(),
                AccountAccess.mask(change.accountNumber()));
        return true;
    }
}
