package dev.kabinet.account.offices;

import dev.kabinet.account.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The utility's service offices and contacts (AC-6): anyone reads them without logging in; operators add, change and
 * remove offices, each change audited (who, which office, which fields).
 */
@Component
public class Offices {

    private final OfficeRepository offices;
    private final UtilityContactRepository contacts;
    private final AuditTrail audit;
    private final Clock clock;

    public Offices(OfficeRepository offices, UtilityContactRepository contacts, AuditTrail audit, Clock clock) {
        this.offices = offices;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Office> all() {
        return offices.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional(readOnly = true)
    public List<UtilityContact> contacts() {
        return contacts.findAllByOrderByPositionAscIdAsc();
    }

    @Transactional
    public Office add(OfficeForm form) {
        var office = offices.save(new Office(form, clock.instant()));
        audit.record(
                "office.added",
                "office:" + office.id(),
                List.of("position", "name", "address", "hours", "phone", "note"));
        return office;
    }

    /** @throws OfficeNotFound when there is no such office */
    @Transactional
    public Office change(long id, OfficeForm form) {
        var office = offices.findById(id).orElseThrow(OfficeNotFound::new);
        var changed = office.change(form, clock.instant());
        if (!changed.isEmpty()) {
            audit.record("office.changed", "office:" + id, changed);
        }
        return office;
    }

    /** @throws OfficeNotFound when there is no such office */
    @Transactional
    public void remove(long id) {
        var office = offices.findById(id).orElseThrow(OfficeNotFound::new);
        offices.delete(office);
        audit.record("office.removed", "office:" + id, List.of());
    }
}
