package dev.kabinet.account.links;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface AccountLinkRepository extends Repository<AccountLink, Long> {

    List<AccountLink> findByUsernameOrderByLinkedAtAscIdAsc(String username);

    List<AccountLink> findByAccountNumberOrderByLinkedAtAscIdAsc(String accountNumber);

    long countByAccountNumber(String accountNumber);

    boolean existsByUsernameAndAccountNumber(String username, String accountNumber);

    long countByUsername(String username);

    Optional<AccountLink> findByUsernameAndAccountNumber(String username, String accountNumber);

    AccountLink save(AccountLink link);

    void delete(AccountLink link);
}
