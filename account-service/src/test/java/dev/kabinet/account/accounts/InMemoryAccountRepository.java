package dev.kabinet.account.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A stand-in for the database in slice tests, which exercise the web layer and the access rule, not persistence. */
public class InMemoryAccountRepository implements AccountRepository {

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<Account> findById(String number) {
        return Optional.ofNullable(accounts.get(number));
    }

    @Override
    public List<Account> findByNumberIn(Collection<String> numbers) {
        return numbers.stream().map(accounts::get).filter(a -> a != null).toList();
    }

    @Override
    public Account save(Account account) {
        accounts.put(account.number(), account);
        return account;
    }
}
