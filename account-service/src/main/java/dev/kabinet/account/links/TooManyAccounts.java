package dev.kabinet.account.links;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The login already has as many accounts as the utility allows ({@code kabinet.links.max-accounts-per-login}, 10 by
 * default; manual 003: "не более 10 лицевых счетов" per e-mail) (ID-9).
 */
public class TooManyAccounts extends DomainProblem {

    public TooManyAccounts(int max) {
        super("too-many-accounts", max);
    }
}
