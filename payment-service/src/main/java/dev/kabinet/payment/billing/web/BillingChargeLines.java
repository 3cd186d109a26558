package dev.kabinet.payment.billing.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.payment.payments.ChargeLines;
import dev.kabinet.payment.payments.ChargeLinesUnavailable;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link ChargeLines} from billing-service's balances ({@code GET /api/v1/accounts/{number}/balances}, the list the pay
 * form shows), asked with the resident's own token relayed (billing checks the account's access itself; no service
 * account is needed), with connect and read timeouts and a retry of connection failures and 5xx (the call only reads).
 * Any other answer, or none, is {@link ChargeLinesUnavailable}: a payment is never started on a line nobody checked.
 */
@Component
class BillingChargeLines implements ChargeLines {

    private static final Logger log = LoggerFactory.getLogger(BillingChargeLines.class);

    private final RestClient billing;
    private final Retry retry;

    BillingChargeLines(BillingProperties properties) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.billing = RestClient.builder()
                .baseUrl(properties.url().toString())
                .requestFactory(requests)
                .build();
        this.retry = Retry.of(
                "billing-charge-lines",
                RetryConfig.custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2))
                        .retryOnException(
                                e -> e instanceof ResourceAccessException || e instanceof HttpServerErrorException)
                        .build());
    }

    @Override
    public Set<String> of(String accountNumber) {
        String token = residentsToken();
        Balances balances;
        try {
            balances = retry.executeSupplier(() -> billing.get()
                    .uri("/api/v1/accounts/{number}/balances", accountNumber)
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .retrieve()
                    .body(Balances.class));
        } catch (RestClientException e) {
            log.warn(
                    "Billing did not give the charge lines of an account: {}",
                    e.getClass().getSimpleName());
            throw new ChargeLinesUnavailable(e);
        }
        if (balances == null || balances.lines() == null) {
            throw new ChargeLinesUnavailable(new IllegalStateException("billing answered no lines"));
        }
        return balances.lines().stream()
                .map(Balances.Line::code)
                .filter(code -> code != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String residentsToken() {
        if (SecurityContextHolder.getContext().getAuthentication()
                instanceof AbstractOAuth2TokenAuthenticationToken<?> authentication) {
            return authentication.getToken().getTokenValue();
        }
        throw new ChargeLinesUnavailable(new IllegalStateException("no caller's token to relay to billing"));
    }

    /** The part of billing's {@code BalancesView} read here (this service's own copy). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Balances(@Nullable List<Line> lines) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Line(@Nullable String code) {}
    }
}
