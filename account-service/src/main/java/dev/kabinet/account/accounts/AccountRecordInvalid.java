package dev.kabinet.account.accounts;

/**
 * A record from the back office that cannot be an account (BO-1): a meter or charge line of a service the account
 * does not have, the same meter twice, a flat larger than its house, a close of an account never received. Never
 * retried: the back office must send a corrected record. The message says where and which rule, never a value from the
 * record, so it can be logged and put in a dead letter's reason.
 */
public class AccountRecordInvalid extends RuntimeException {

    public AccountRecordInvalid(String reason) {
        super(reason);
    }
}
