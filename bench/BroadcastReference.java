import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference of bench part `broadcast` (bench/broadcast.bash): a plain SMTP client (Jakarta Mail, no Spring, no
 * database) sending the broadcast's own message — the subject, text and HTML notification-service rendered — to the
 * same SMTP server and the same mailboxes, over as many connections as the service uses, each connection sending its
 * share one after another. Prints the seconds it took.
 *
 * <pre>java -cp JARS BroadcastReference.java HOST PORT COUNT CONNECTIONS MAILBOXES DOMAIN DIR</pre>
 *
 * DIR holds subject.txt, text.txt and html.txt.
 */
public class BroadcastReference {

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int mailboxes = Integer.parseInt(args[4]);
        String domain = args[5];
        Path dir = Path.of(args[6]);
        String subject = Files.readString(dir.resolve("subject.txt"), StandardCharsets.UTF_8).strip();
        String text = Files.readString(dir.resolve("text.txt"), StandardCharsets.UTF_8);
        String html = Files.readString(dir.resolve("html.txt"), StandardCharsets.UTF_8);
        var properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        var session = Session.getInstance(properties);
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        long start = System.nanoTime();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < connections; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect();
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        var message = new MimeMessage(session);
                        message.setFrom(new InternetAddress("no-reply@kabinet.local", "Личный кабинет", "UTF-8"));
                        var to = new InternetAddress("bench-broadcast-" + (i % mailboxes) + "@" + domain);
                        message.setRecipient(Message.RecipientType.TO, to);
                        message.setSubject(subject, "UTF-8");
                        var alternative = new MimeMultipart("alternative");
                        var plain = new MimeBodyPart();
                        plain.setText(text, "UTF-8");
                        var rich = new MimeBodyPart();
                        rich.setContent(html, "text/html; charset=UTF-8");
                        alternative.addBodyPart(plain);
                        alternative.addBodyPart(rich);
                        message.setContent(alternative);
                        message.setHeader("Auto-Submitted", "auto-generated");
                        message.saveChanges();
                        try {
                            transport.sendMessage(message, message.getAllRecipients());
                        } catch (jakarta.mail.MessagingException e) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    failures.incrementAndGet();
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "seconds=%.3f%nfailures=%d%n", seconds, failures.get());
    }
}
