package dev.kabinet.identity.accounts.web;

import dev.kabinet.identity.accounts.AccountOwnership;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** account-service's internal link API as a Spring HTTP interface (ADR 0015). */
@HttpExchange(url = "/internal/v1", accept = "application/json", contentType = "application/json")
interface InternalLinkApi {

    record OwnershipQuery(
            String accountNumber, String surname, @Nullable String meterSerialNumber) {}

    record OwnershipAnswer(AccountOwnership.Outcome outcome) {}

    record LinkRequest(
            String username,
            String subject,
            String accountNumber,
            String surname,
            @Nullable String meterSerialNumber) {}

    record PhoneQuery(String accountNumber, String phone) {}

    record PhoneLinkRequest(String username, String subject, String accountNumber, String phone) {}

    @PostExchange("/phone-checks")
    OwnershipAnswer checkPhone(@RequestBody PhoneQuery query);

    @PostExchange("/phone-links")
    void linkByPhone(@RequestBody PhoneLinkRequest request);

    @PostExchange("/ownership-checks")
    OwnershipAnswer check(@RequestBody OwnershipQuery query);

    @PostExchange("/links")
    void link(@RequestBody LinkRequest request);
}
