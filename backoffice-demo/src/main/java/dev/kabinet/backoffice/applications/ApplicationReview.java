package dev.kabinet.backoffice.applications;

import dev.kabinet.backoffice.accounts.AccountsProperties;
import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.AccountUpsertedV1;
import dev.kabinet.demodata.KnownResidents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo back office's rule for access applications (BO-4, manual 000), visible and deterministic: an application is
 * <b>approved</b> when the account is one it loaded (BO-1), the surname is its owner's (the first word of the owner's
 * name; case, ё/е, spaces and dashes do not matter) and the meter serial number is one of the account's working meters
 * (case, spaces and dashes do not matter); each extra account is approved along when it is the same owner's. Otherwise
 * it is <b>rejected</b> with manual 000's reason, {@value #NOT_THE_OWNER}
 */
@Component
public class ApplicationReview {

    /** Manual 000: «not the owner: wrong name or meter number». */
    public static final String NOT_THE_OWNER =
            "Заявитель не является владельцем лицевого счёта: неверно указаны ФИО или номер счётчика.";

    /** The outcome: approved with the accounts to open (the application's own first), or rejected with a reason. */
    public record Verdict(boolean approved, List<String> accountNumbers, String reason) {}

    private final AccountsProperties accounts;

    public ApplicationReview(AccountsProperties accounts) {
        this.accounts = accounts;
    }

    public Verdict review(String accountNumber, String surname, String meterSerialNumber, List<String> extras) {
        var account = find(accountNumber);
        if (account.isEmpty()
                || !sameSurname(account.get(), surname)
                || account.get().meters().stream()
                        .filter(meter -> !meter.retired())
                        .noneMatch(meter -> serial(meter.serialNumber()).equals(serial(meterSerialNumber)))) {
            return new Verdict(false, List.of(), NOT_THE_OWNER);
        }
        var open = new ArrayList<String>();
        open.add(accountNumber);
        for (String extra : extras) {
            find(extra)
                    .filter(other -> other.ownerName().equals(account.get().ownerName()))
                    .ifPresent(other -> open.add(extra));
        }
        return new Verdict(true, List.copyOf(open), "");
    }

    /** A demo resident's account, or a generated one within {@code generated-accounts}. */
    Optional<AccountUpsertedV1> find(String accountNumber) {
        var known = KnownResidents.accounts().stream()
                .filter(a -> a.accountNumber().equals(accountNumber))
                .findFirst();
        if (known.isPresent()) {
            return known;
        }
        try {
            long index = Long.parseLong(accountNumber) - AccountGenerator.FIRST_NUMBER;
            if (index >= 0 && index < accounts.generatedAccounts()) {
                return Optional.of(new AccountGenerator(accounts.seed(), accounts.revision()).account(index));
            }
        } catch (NumberFormatException e) {
            // not a number this back office issued
        }
        return Optional.empty();
    }

    private static boolean sameSurname(AccountUpsertedV1 account, String surname) {
        String owner = account.ownerName().strip().split("\\s+")[0];
        return name(owner).equals(name(surname));
    }

    private static String name(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\u2010-\\u2015-]+", "-");
    }

    private static String serial(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u2010-\\u2015-]", "");
    }
}
