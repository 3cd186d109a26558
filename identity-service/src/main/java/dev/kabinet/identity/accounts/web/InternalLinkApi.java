package dev.kabinet.identity.accounts.web;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.LinkedAccount;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
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

    @GetExchange("/links")
    List<LinkedAccount> links(@RequestParam String username);

    @DeleteExchange("/links/{accountNumber}")
    void unlink(@PathVariable String accountNumber, @RequestParam String username);
}
