package dev.kabinet.backoffice.appeals.messaging;

import java.util.UUID;

/** The back office's own copy of {@code account.AppealSent.v1} (contracts/events), with the fields it reads. */
public record AppealSentV1(UUID appealId, String accountNumber, String type, String addressee) {

    public static final String TYPE = "account.AppealSent.v1";
}
