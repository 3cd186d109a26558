package dev.kabinet.metering.meters;

/**
 * A change lists a meter that metering holds on another account which is not closed (issue #7). One registry id
 * cannot be on two open accounts: the change is refused as a whole (the listener dead-letters it), and nothing of it
 * is applied. The utility first closes the old account or drops the meter from it, then sends the new account again.
 */
public class MeterOfAnotherAccount extends RuntimeException {

    private final int position;

    MeterOfAnotherAccount(int position) {
        super("meter " + position + " of the change is on another open account");
        this.position = position;
    }

    /** The meter's index in the change's list. */
    public int position() {
        return position;
    }
}
