package dev.kabinet.account.appeals;

/** Where an appeal stands (AC-5): sent → in progress → answered; an answer may come straight after sending. */
public enum AppealStatus {
    SENT,
    IN_PROGRESS,
    ANSWERED;

    public boolean canBecome(AppealStatus next) {
        return switch (this) {
            case SENT -> next == IN_PROGRESS || next == ANSWERED;
            case IN_PROGRESS -> next == ANSWERED;
            case ANSWERED -> false;
        };
    }
}
