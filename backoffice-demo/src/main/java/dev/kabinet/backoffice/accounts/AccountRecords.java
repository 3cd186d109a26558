package dev.kabinet.backoffice.accounts;

import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.AccountUpsertedV1;
import dev.kabinet.demodata.KnownResidents;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The accounts this back office holds (BO-1): the demo residents' ({@link KnownResidents}: ivanova's and petrov's, with
 * the values and meter ids the demo has always had), then {@code generated-accounts} generated ones (numbers from
 * {@value AccountGenerator#FIRST_NUMBER}), deterministic by {@code seed}. Streamed, so a million cost no memory.
 */
@Component
public class AccountRecords {

    private final AccountsProperties properties;

    public AccountRecords(AccountsProperties properties) {
        this.properties = properties;
    }

    /** How many records {@link #all()} gives. */
    public long count() {
        return KnownResidents.accounts().size() + properties.generatedAccounts();
    }

    /** Every record, the demo residents first; made as the stream is read. */
    public Stream<AccountUpsertedV1> all() {
        return Stream.concat(
                KnownResidents.accounts().stream(),
                new AccountGenerator(properties.seed(), properties.revision())
                        .accounts(properties.generatedAccounts()));
    }
}
