import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.AccountUpsertedV1;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bulk-import benchmark's reference (bench/README.md, "Bulk import"): the rows account-service stores for the first
 * N generated accounts — account, account_service, account_charge_line, account_meter — as PostgreSQL COPY text files,
 * made by the same generator, seed and revision the back office sends on backoffice.accounts. The benchmark times a
 * raw COPY of these files into temporary copies of those tables, in the same run as the import through Kafka.
 *
 * <pre>java -cp demo-data.jar bench/AccountRows.java N SEED REVISION DIR</pre>
 */
class AccountRows {

    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        long seed = Long.parseLong(args[1]);
        long revision = Long.parseLong(args[2]);
        Path dir = Path.of(args[3]);
        Files.createDirectories(dir);
        try (var accounts = Files.newBufferedWriter(dir.resolve("account.copy"));
                var services = Files.newBufferedWriter(dir.resolve("account_service.copy"));
                var lines = Files.newBufferedWriter(dir.resolve("account_charge_line.copy"));
                var meters = Files.newBufferedWriter(dir.resolve("account_meter.copy"))) {
            var all = new AccountGenerator(seed, revision).iterator(n);
            while (all.hasNext()) {
                write(all.next(), accounts, services, lines, meters);
            }
        }
    }

    // column order: bench/run's \copy lists name them
    static void write(AccountUpsertedV1 a, BufferedWriter accounts, BufferedWriter services, BufferedWriter lines,
            BufferedWriter meters) throws IOException {
        var p = a.preferences();
        row(accounts, a.accountNumber(), a.ownerName(), a.address(), a.flatArea(), a.rooms(), a.residents(),
                a.flatNumber(), a.houseArea(), phone(a.phone()), a.email(), p != null && p.smsInforming(),
                p != null && p.emailInforming(), p == null ? "PAPER" : p.billDelivery(), a.revision(), a.changedAt());
        for (String service : a.services()) {
            row(services, a.accountNumber(), service);
        }
        int i = 0;
        for (var line : a.chargeLines()) {
            row(lines, a.accountNumber(), i++, line.code(), line.service(), line.kind(), line.name());
        }
        i = 0;
        for (var m : a.meters()) {
            row(meters, a.accountNumber(), i++, m.id(), m.serialNumber(), m.service(), String.join(",", m.zones()),
                    m.digitCapacity(), m.decimals(), m.verificationDue(), m.remoteRead(), m.retired());
        }
    }

    /** As account-service stores it: E.164, a Russian number written the Russian way converted (8 912 … → +7912…). */
    static String phone(String phone) {
        if (phone == null || phone.matches("\\+[1-9][0-9]{7,14}")) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() == 11 ? "+7" + digits.substring(1) : phone;
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash, tab and newline escaped. */
    static void row(BufferedWriter out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object v = values[i];
            out.write(v == null ? "\\N" : v.toString()
                    .replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
        }
        out.write('\n');
    }
}
