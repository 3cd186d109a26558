package dev.kabinet.identity.accounts;

/** account-service refused a link: {@code alreadyRegistered} when the account has its maximum of logins. */
public class LinkRefused extends RuntimeException {

    private final boolean alreadyRegistered;

    public LinkRefused(boolean alreadyRegistered) {
        super(alreadyRegistered ? "account already registered" : "ownership not proven");
        this.alreadyRegistered = alreadyRegistered;
    }

    public boolean alreadyRegistered() {
        return alreadyRegistered;
    }
}
