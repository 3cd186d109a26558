package dev.kabinet.account.accounts.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** account-service's own copy of {@code backoffice.AccountClosed.v1} (contracts/events). */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountClosedV1(String accountNumber, long revision, Instant changedAt, LocalDate closedOn) {

    static final String TYPE = "backoffice.AccountClosed.v1";
}
