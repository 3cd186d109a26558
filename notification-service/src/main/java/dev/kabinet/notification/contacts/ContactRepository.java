package dev.kabinet.notification.contacts;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ContactRepository extends Repository<Contact, String> {

    Optional<Contact> findById(String accountNumber);
}
