package dev.kabinet.identity.accounts.web;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.AccountServiceProperties;
import dev.kabinet.identity.accounts.AccountServiceUnavailable;
import dev.kabinet.identity.accounts.LinkNotFound;
import dev.kabinet.identity.accounts.LinkRefused;
import dev.kabinet.identity.accounts.LinkedAccount;
import dev.kabinet.identity.accounts.ServiceToken;
import dev.kabinet.identity.accounts.TooManyAccounts;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * {@link AccountOwnership} over account-service's internal API (ADR 0015): a Spring HTTP interface on a
 * {@link RestClient} with connect and read timeouts, authenticated by identity-service's own client-credentials token
 * ({@link ServiceToken}: client {@code kabinet-identity}, whose tokens also carry the {@code kabinet-api} audience), wrapped in a Resilience4j circuit breaker around a retry. Retried: connection failures,
 * timeouts and 5xx (both calls are safe to repeat: the check reads, the link is idempotent). A 4xx is an answer, never
 * retried and never counted as a failure.
 */
@Component
class AccountServiceClient implements AccountOwnership {

    private static final Logger log = LoggerFactory.getLogger(AccountServiceClient.class);

    private final InternalLinkApi api;
    private final Retry retry;
    private final CircuitBreaker breaker;

    AccountServiceClient(AccountServiceProperties properties, ServiceToken token) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        var rest = RestClient.builder()
                .baseUrl(properties.url().toString())
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.current());
                    return execution.execute(request, body);
                })
                .build();
        this.api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest))
                .build()
                .createClient(InternalLinkApi.class);
        this.retry = Retry.of(
                "account-service",
                RetryConfig.custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryWait(), 2))
                        .retryOnException(AccountServiceClient::transientFailure)
                        .build());
        this.breaker = CircuitBreaker.of(
                "account-service",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(properties.window())
                        .minimumNumberOfCalls(Math.max(2, properties.window() / 2))
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(properties.openFor())
                        .recordException(AccountServiceClient::transientFailure)
                        .build());
    }

    @Override
    public Outcome check(String accountNumber, String surname, @Nullable String meterSerialNumber) {
        var answer =
                call(() -> api.check(new InternalLinkApi.OwnershipQuery(accountNumber, surname, meterSerialNumber)));
        if (answer == null || answer.outcome() == null) {
            throw new AccountServiceUnavailable(new IllegalStateException("empty answer"));
        }
        return answer.outcome();
    }

    @Override
    public Outcome checkPhone(String accountNumber, String phone) {
        var answer = call(() -> api.checkPhone(new InternalLinkApi.PhoneQuery(accountNumber, phone)));
        if (answer == null || answer.outcome() == null) {
            throw new AccountServiceUnavailable(new IllegalStateException("empty answer"));
        }
        return answer.outcome();
    }

    @Override
    public void linkByPhone(String username, String subject, String accountNumber, String phone) {
        try {
            call(() -> {
                api.linkByPhone(new InternalLinkApi.PhoneLinkRequest(username, subject, accountNumber, phone));
                return null;
            });
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                if (e.getResponseBodyAsString().contains("/too-many-accounts")) {
                    throw new TooManyAccounts();
                }
                throw new LinkRefused(true);
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_ENTITY)) {
                throw new LinkRefused(false);
            }
            throw e;
        }
    }

    @Override
    public void link(
            String username, String subject, String accountNumber, String surname, @Nullable String meterSerialNumber) {
        try {
            call(() -> {
                api.link(new InternalLinkApi.LinkRequest(username, subject, accountNumber, surname, meterSerialNumber));
                return null;
            });
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                if (e.getResponseBodyAsString().contains("/too-many-accounts")) {
                    throw new TooManyAccounts();
                }
                throw new LinkRefused(true);
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_ENTITY)) {
                throw new LinkRefused(false);
            }
            throw e;
        }
    }

    @Override
    public List<LinkedAccount> links(String username) {
        var links = call(() -> api.links(username));
        return links == null ? List.of() : List.copyOf(links);
    }

    @Override
    public void unlink(String username, String accountNumber) {
        try {
            call(() -> {
                api.unlink(accountNumber, username);
                return null;
            });
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                throw new LinkNotFound();
            }
            throw e;
        }
    }

    private <T> T call(Supplier<T> call) {
        try {
            return CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, call))
                    .get();
        } catch (CallNotPermittedException | ResourceAccessException | HttpServerErrorException e) {
            log.warn("account-service unavailable: {}", e.getClass().getSimpleName());
            throw new AccountServiceUnavailable(e);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().value() == 401 || e.getStatusCode().value() == 403) {
                log.error(
                        "account-service refused identity-service's token ({}): check client kabinet-identity's"
                                + " audience and kabinet.links.identity-client-id",
                        e.getStatusCode().value());
                throw new AccountServiceUnavailable(e);
            }
            throw e;
        }
    }

    private static boolean transientFailure(Throwable e) {
        return e instanceof ResourceAccessException || e instanceof HttpServerErrorException;
    }
}
