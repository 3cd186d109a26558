package dev.kabinet.account.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AccountRepository extends Repository<Account, String> {

    Optional<Account> findById(String number);

    List<Account> findByNumberIn(Collection<String> numbers);

    Account save(Account account);
}
