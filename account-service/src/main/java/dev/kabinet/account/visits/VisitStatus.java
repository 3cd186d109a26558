package dev.kabinet.account.visits;

/**
 * Where a visit request stands (AC-4): {@code SENT} to the utility, {@code ACCEPTED} with a time slot, then {@code DONE};
 * or {@code CANCELLED} with a reason at any point before it is done.
 */
public enum VisitStatus {
    SENT,
    ACCEPTED,
    DONE,
    CANCELLED;

    /** Whether the back office may move a request from this status to {@code next}. */
    public boolean canBecome(VisitStatus next) {
        return switch (this) {
            case SENT -> next == ACCEPTED || next == DONE || next == CANCELLED;
            case ACCEPTED -> next == ACCEPTED || next == DONE || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }
}
