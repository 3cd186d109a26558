package dev.kabinet.notification.profiles;

import dev.kabinet.notification.deliveries.Channel;
import dev.kabinet.notification.deliveries.Deliveries;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import dev.kabinet.notification.deliveries.ProfileChange;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security notices (NT-1, NT-2; docs/adr/0035): a login's password, e-mail, username or phone changed — the owner is
 * told at the address identity-service gives (for an e-mail change the old one, so a thief's new address does not
 * silence it), by SMS when there is no address, regardless of informing preferences, quiet hours and the rate limit.
 * Codes and links of the identity flows are not here: identity-service sends them through the SMS provider and SMTP
 * itself.
 */
@Service
public class SecurityNotices {

    private final Deliveries deliveries;
    private final NoticeTemplates templates;

    SecurityNotices(Deliveries deliveries, NoticeTemplates templates) {
        this.deliveries = deliveries;
        this.templates = templates;
    }

    @Transactional
    public List<Channel> profileChanged(UUID eventId, ProfileChange change) {
        var notice = templates.securityNotice(change, change.language());
        return deliveries.deliverDirect(eventId, null, change.email(), change.phone(), notice, true);
    }
}
