package dev.kabinet.account.accounts;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading accounts on behalf of the caller: a resident sees only the accounts linked to their login (AC-1). */
@Component
public class Accounts {

    private final AccountRepository repository;
    private final AccountAccess access;

    public Accounts(AccountRepository repository, AccountAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * The caller's linked accounts: the account numbers Keycloak signed into the token, in that order, that this
     * service knows. An operator has no linked accounts and reads any account by number instead.
     */
    @Transactional(readOnly = true)
    public List<Account> linkedToCaller() {
        List<String> linked = access.currentLinkedAccounts().stream()
                .filter(AccountNumber::isValid)
                .distinct()
                .toList();
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<String, Account> known = repository.findByNumberIn(linked).stream()
                .collect(Collectors.toMap(Account::number, Function.identity()));
        return linked.stream().map(known::get).filter(Objects::nonNull).toList();
    }

    /**
     * One account's details. The caller's access was checked at the web edge before this lookup (ADR 0006), so a
     * resident cannot probe which numbers exist: only an operator can be told that one does not.
     */
    @Transactional(readOnly = true)
    public Account details(String number) {
        return repository.findById(number).orElseThrow(AccountNotFound::new);
    }
}
