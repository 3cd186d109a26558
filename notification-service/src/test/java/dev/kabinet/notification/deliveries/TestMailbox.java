package dev.kabinet.notification.deliveries;

import dev.kabinet.platform.test.TestServers;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A test's own mailbox on the run's mail server, read over IMAP. GreenMail runs with authentication off: the login is
 * the address, any password does.
 */
public final class TestMailbox {

    private TestMailbox() {}

    /** The e-mails in {@code mailbox} whose {@code Message-ID} is that of event {@code eventId}. */
    public static List<MimeMessage> emailsWithMessageId(String mailbox, UUID eventId) {
        var servers = TestServers.get();
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(servers.smtpHost(), servers.imapPort(), mailbox, "any-password");
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                var found = new ArrayList<MimeMessage>();
                String wanted = "<" + eventId + "@kabinet.local>";
                for (Message message : inbox.getMessages()) {
                    if (message instanceof MimeMessage mime && wanted.equals(mime.getMessageID())) {
                        // detach from the folder so it can be read after closing
                        found.add(new MimeMessage(mime));
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the mailbox over IMAP", e);
        }
    }
}
