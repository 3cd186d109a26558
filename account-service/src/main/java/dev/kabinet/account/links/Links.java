package dev.kabinet.account.links;

import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a login may work with an account once identity-service has proven ownership (ID-1, ADR 0011/0015).
 * The ownership is checked again here, in the same transaction as the insert (under a row lock on the account), so a
 * link never exists without proof and two registrations of one account cannot both pass the per-account limit.
 * Asking again for a link that exists answers it again (identity-service retries).
 */
@Service
public class Links {

    private static final Logger log = LoggerFactory.getLogger(Links.class);

    private final Ownership ownership;
    private final AccountLinkRepository links;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Links(Ownership ownership, AccountLinkRepository links, JdbcTemplate jdbc, Clock clock) {
        this.ownership = ownership;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @throws OwnershipNotProven when the surname / serial number do not prove ownership, or the account is closed
     * @throws AccountAlreadyRegistered when the account has its maximum of logins
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
        var verdict = proof.get();
        switch (verdict.outcome()) {
            case MATCH -> {}
            case ALREADY_REGISTERED -> throw new AccountAlreadyRegistered();
            default -> throw new OwnershipNotProven();
        }
        var link = links.save(AccountLink.proven(username, subject, accountNumber, verdict.proof(), clock.instant()));
        log.info("Account {} linked by {}", AccountAccess.mask(accountNumber), verdict.proof());
        return link;
    }
}
