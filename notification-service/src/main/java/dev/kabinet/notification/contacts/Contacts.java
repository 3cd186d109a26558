package dev.kabinet.notification.contacts;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where to reach an account's owner. */
@Service
public class Contacts {

    private final ContactRepository repository;

    Contacts(ContactRepository repository) {
        this.repository = repository;
    }

    /** The address to e-mail about {@code accountNumber}, unless there is none or the owner opted out. */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String accountNumber) {
        return repository.findById(accountNumber).filter(Contact::wantsEmail).map(Contact::email);
    }
}
