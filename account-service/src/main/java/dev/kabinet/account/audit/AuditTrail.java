package dev.kabinet.account.audit;

import dev.kabinet.account.audit.AuditEntry.Role;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what (AC-3, AC-5) in the same transaction as the change: the caller's login from the token
 * ({@code preferred_username}) and whether they are an operator, the action, the record and the names of the fields
 * that changed. Values are never recorded, nor logged.
 */
@Component
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final AccountAccess access;
    private final Clock clock;

    public AuditTrail(AuditEntryRepository entries, AccountAccess access, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param action what was done, e.g. {@code preferences.changed}
     * @param target the record it was done to, e.g. an account number or {@code faq:12}
     * @param fields the names of the fields that changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String target, List<String> fields) {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        String actor = caller == null ? "system" : caller.getName();
        Role role = caller != null && access.isOperator(caller) ? Role.OPERATOR : Role.RESIDENT;
        entries.save(new AuditEntry(clock.instant(), actor, role, action, target, fields));
    }

    /** The entries of one record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(String target) {
        return entries.findByTargetOrderByOccurredAtDesc(target);
    }
}
