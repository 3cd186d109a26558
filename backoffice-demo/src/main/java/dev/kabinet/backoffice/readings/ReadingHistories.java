package dev.kabinet.backoffice.readings;

import dev.kabinet.backoffice.accounts.AccountsProperties;
import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.ReadingHistory;
import dev.kabinet.demodata.ReadingTakenV1;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The reading history this back office holds (BO-2): the demo residents' meters ({@link ReadingHistory#known()}) and
 * the generated accounts' ({@code generated-accounts} of them, by {@code seed}, as {@code accounts/} sends them).
 * Made on demand from demo-data, so it costs no memory.
 */
@Component
public class ReadingHistories {

    private final AccountsProperties accounts;
    private final Map<String, List<ReadingTakenV1>> known;

    public ReadingHistories(AccountsProperties accounts) {
        this.accounts = accounts;
        this.known = ReadingHistory.known().stream().collect(Collectors.groupingBy(ReadingTakenV1::accountNumber));
    }

    /** The history of an account's working meters, oldest first per meter; empty for an account it does not hold. */
    public List<ReadingTakenV1> of(String accountNumber) {
        var demo = known.get(accountNumber);
        if (demo != null) {
            return demo;
        }
        long index;
        try {
            index = Long.parseLong(accountNumber) - AccountGenerator.FIRST_NUMBER;
        } catch (NumberFormatException e) {
            return List.of();
        }
        if (accountNumber.length() != 10 || index < 0 || index >= accounts.generatedAccounts()) {
            return List.of();
        }
        var account = new AccountGenerator(accounts.seed(), accounts.revision()).account(index);
        return ReadingHistory.generated(accounts.seed(), Stream.of(account)).toList();
    }

    /** The average monthly consumption per zone of a meter of the account, from its history; empty when unknown. */
    public Map<String, BigDecimal> averageMonthly(String accountNumber, long meterId) {
        return ReadingHistory.averageMonthly(
                of(accountNumber).stream().filter(r -> r.meterId() == meterId).toList());
    }
}
