package dev.kabinet.backoffice.contacts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The demo back office's record of residents' contact and preferences as they changed them in the cabinet (AC-3): the
 * latest change per account, in memory (the demo keeps no database). A change whose sequence is not above the one
 * recorded is ignored, as a real back office would.
 */
@Component
public class ContactRecords {

    /** A contact as the back office keeps it; {@code phone} in E.164, null when none. */
    public record Contact(
            long sequence,
            String phone,
            String email,
            boolean smsInforming,
            boolean emailInforming,
            String billDelivery) {}

    private final Map<String, Contact> contacts = new ConcurrentHashMap<>();

    /** Records the change unless an equal or newer one is recorded; returns whether it was taken. */
    public boolean take(String accountNumber, Contact contact) {
        var taken = new boolean[1];
        contacts.compute(accountNumber, (number, held) -> {
            if (held != null && held.sequence() >= contact.sequence()) {
                return held;
            }
            taken[0] = true;
            return contact;
        });
        return taken[0];
    }

    public Optional<Contact> of(String accountNumber) {
        return Optional.ofNullable(contacts.get(accountNumber));
    }
}
