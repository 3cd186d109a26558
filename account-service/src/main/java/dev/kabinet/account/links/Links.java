package dev.kabinet.account.links;

import dev.kabinet.platform.messaging.Outbox;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a login may work with an account once identity-service has proven ownership (ID-1, ID-3, ID-9, ADR
 * 0011/0015/0019). The ownership is checked again here, in the same transaction as the insert (under a row lock on the
 * account), so a link never exists without proof and two registrations of one account cannot both pass the
 * per-account limit; a login has at most {@code kabinet.links.max-accounts-per-login} accounts (10). Asking again for
 * a link that exists answers it again (identity-service retries). Every link and unlink is published
 * ({@link AccountLinkedV1}, {@link AccountUnlinkedV1} on {@code account.links}) through the outbox in the same
 * transaction: {@code account_link} is the one source of truth, the rest of the platform follows the events.
 */
@Service
public class Links {

    private static final Logger log = LoggerFactory.getLogger(Links.class);

    private final Ownership ownership;
    private final AccountLinkRepository links;
    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final LinkProperties properties;
    private final Clock clock;

    Links(
            Ownership ownership,
            AccountLinkRepository links,
            JdbcTemplate jdbc,
            Outbox outbox,
            LinkProperties properties,
            Clock clock) {
        this.ownership = ownership;
        this.links = links;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** ID-9: the login's links, oldest first (the account it registered with comes first). */
    @Transactional(readOnly = true)
    public List<AccountLink> ofLogin(String username) {
        return links.findByUsernameOrderByLinkedAtAscIdAsc(username);
    }

    /**
     * ID-9: ends the login's link to the account and publishes {@link AccountUnlinkedV1}. The last link may go too:
     * a login without accounts is a valid state (manual 002: it adds one later, after proving ownership again).
     *
     * @throws LinkNotFound when the login has no such link (a missing account and another resident's link alike)
     */
    @Transactional
    public void unlink(String username, String accountNumber) {
        var link = links.findByUsernameAndAccountNumber(username, accountNumber).orElseThrow(LinkNotFound::new);
        links.delete(link);
        outbox.publish(
                AccountLinkedV1.TOPIC,
                accountNumber,
                AccountUnlinkedV1.TYPE,
                AccountUnlinkedV1.of(link, clock.instant()));
        log.info("Account {} unlinked", AccountAccess.mask(accountNumber));
    }

    /**
     * @throws OwnershipNotProven when the surname / serial number do not prove ownership, or the account is closed
     * @throws AccountAlreadyRegistered when the account has its maximum of logins
     * @throws TooManyAccounts when the login has its maximum of accounts (ID-9)
     */
    @Transactional
    public AccountLink link(
            String username, String subject, String accountNumber, String surname, @Nullable String meterSerial) {
        return link(username, subject, accountNumber, () -> ownership.check(accountNumber, surname, meterSerial));
    }

    /**
     * ID-3: links after identity-service confirmed {@code phone} (E.164) with an SMS code; the phone must still be the
     * account's phone on record.
     */
    @Transactional
    public AccountLink linkByPhone(String username, String subject, String accountNumber, String phone) {
        return link(username, subject, accountNumber, () -> ownership.checkPhone(accountNumber, phone));
    }

    private AccountLink link(String username, String subject, String accountNumber, Supplier<Ownership.Verdict> proof) {
        jdbc.queryForList("select number from account where number = ? for update", String.class, accountNumber);
        if (links.existsByUsernameAndAccountNumber(username, accountNumber)) {
            return links.findByUsernameOrderByLinkedAtAscIdAsc(username).stream()
                    .filter(link -> link.accountNumber().equals(accountNumber))
                    .findFirst()
                    .orElseThrow();
        }
        if (links.countByUsername(username) >= properties.maxAccountsPerLogin()) {
            throw new TooManyAccounts(properties.maxAccountsPerLogin());
        }
        var verdict = proof.get();
        switch (verdict.outcome()) {
            case MATCH -> {}
            case ALREADY_REGISTERED -> throw new AccountAlreadyRegistered();
            default -> throw new OwnershipNotProven();
        }
        var link = links.save(AccountLink.proven(username, subject, accountNumber, verdict.proof(), clock.instant()));
        outbox.publish(AccountLinkedV1.TOPIC, accountNumber, AccountLinkedV1.TYPE, AccountLinkedV1.of(link));
        log.info("Account {} linked by {}", AccountAccess.mask(accountNumber), verdict.proof());
        return link;
    }
}
