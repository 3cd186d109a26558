package dev.kabinet.account.appeals.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.account.appeals.AppealStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** account-service's own copy of {@code backoffice.AppealUpdated.v1} (contracts/events). */
@JsonIgnoreProperties(ignoreUnknown = true)
record AppealUpdatedV1(
        UUID appealId,
        String accountNumber,
        AppealStatus status,
        @Nullable String answer) {

    static final String TYPE = "backoffice.AppealUpdated.v1";
}
