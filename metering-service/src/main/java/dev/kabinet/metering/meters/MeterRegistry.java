package dev.kabinet.metering.meters;

import dev.kabinet.platform.security.AccountAccess;
import java.util.ArrayList;
import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Metering's projection of the accounts' meters (issue #7): each {@code account.AccountChanged.v1} that account-service
 * publishes carries the whole account, so applying one replaces what metering had for the account.
 */
@Service
public class MeterRegistry {

    private static final Logger log = LoggerFactory.getLogger(MeterRegistry.class);

    private final MeteredAccountRepository accounts;
    private final MeterRepository meters;
    private final LastReadings lastReadings;

    private final CommonHouseMeters commonHouse;

    MeterRegistry(
            MeteredAccountRepository accounts,
            MeterRepository meters,
            LastReadings lastReadings,
            CommonHouseMeters commonHouse) {
        this.accounts = accounts;
        this.meters = meters;
        this.lastReadings = lastReadings;
        this.commonHouse = commonHouse;
    }

    /**
     * Applies a change of an account, unless its sequence is not above the one applied (an older or repeated change
     * changes nothing). Every meter in the change is registered or takes the change's facts. A meter of the account
     * that the change no longer lists is retired when it has readings (their history and its place in the list stay,
     * and it takes no more) and deleted when it has none (it was never used: most likely registered by mistake). A
     * closed account keeps its meters (and their history) but takes no readings ({@link AccountClosed}). A meter held
     * by another account moves here only when that account is closed; otherwise the whole change is refused.
     *
     * @return whether the change was applied
     * @throws MeterOfAnotherAccount when a listed meter is on another account that is not closed
     */
    @Transactional
    public boolean apply(AccountMeters change) {
        var account = change.accountNumber();
        if (accounts.advance(account, change.sequence(), change.closed()) == 0) {
            log.debug(
                    "Change {} of account {} not above the one applied: ignored",
                    change.sequence(),
                    AccountAccess.mask(account));
            return false;
        }
        var listed = new HashSet<Long>();
        var meterFacts = change.meters();
        for (int position = 0; position < meterFacts.size(); position++) {
            var facts = meterFacts.get(position);
            listed.add(facts.id());
            var known = meters.findById(facts.id());
            if (known.isEmpty()) {
                meters.save(Meter.registered(account, facts));
                continue;
            }
            var meter = known.get();
            if (!meter.accountNumber().equals(account)) {
                if (!accounts.existsByAccountNumberAndClosedTrue(meter.accountNumber())) {
                    throw new MeterOfAnotherAccount(position);
                }
                log.info(
                        "Meter {} moves from closed account {} to account {}",
                        facts.id(),
                        AccountAccess.mask(meter.accountNumber()),
                        AccountAccess.mask(account));
            }
            meter.changeTo(account, facts);
        }
        var dropped = new ArrayList<Meter>();
        meters.findByAccountNumberOrderByRetiredAscIdAsc(account).stream()
                .filter(meter -> !listed.contains(meter.id()))
                .forEach(dropped::add);
        if (!dropped.isEmpty()) {
            var used = lastReadings.of(dropped.stream().map(Meter::id).toList()).keySet();
            for (var meter : dropped) {
                if (used.contains(meter.id())) {
                    meter.retire();
                } else {
                    meters.delete(meter);
                }
            }
        }
        if (change.commonHouseMeters() != null) {
            commonHouse.replace(account, change.commonHouseMeters());
        }
        log.info(
                "Change {} of account {} applied: {} meter(s){}{}",
                change.sequence(),
                AccountAccess.mask(account),
                change.meters().size(),
                dropped.isEmpty() ? "" : ", " + dropped.size() + " no longer listed",
                change.closed() ? ", closed" : "");
        return true;
    }
}
