package dev.kabinet.payment.acquirer.web;

import dev.kabinet.payment.acquirer.CallbackNotice;
import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.OrderRequest;
import dev.kabinet.payment.acquirer.OrderState;
import dev.kabinet.payment.acquirer.OrderState.Outcome;
import dev.kabinet.payment.acquirer.PaymentProvider;
import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import dev.kabinet.payment.acquirer.RegisterPage;
import dev.kabinet.payment.acquirer.Registration;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * {@link PaymentProvider} over the Sberbank payment gateway's REST protocol ({@code register.do},
 * {@code getOrderStatusExtended.do}, {@code refund.do}, {@code reverse.do}: form-urlencoded, amounts in kopecks, JSON
 * answers with {@code errorCode}), locally the test acquirer. A {@link RestClient} with connect and read timeouts,
 * inside a Resilience4j circuit breaker around a retry (docs/adr/0022):
 *
 * <ul>
 *   <li>the status query reads, so it is retried on any transient failure (connection, timeout, 5xx, the bank's
 *       system error);
 *   <li>a registration, refund or reversal moves money or creates an order, so it is retried only when the request
 *       never left (no connection); after a timeout or a 5xx its outcome is unknown and the caller leaves it to the
 *       janitor, which asks the bank;
 *   <li>an answer with an error code is an answer: never retried, never counted against the circuit.
 * </ul>
 */
@Component
class SberbankGateway implements PaymentProvider {

    static final String NAME = "sberbank";
    private static final String ROUBLES = "643";
    /** The protocol's "order not found" (getOrderStatusExtended) and "system error" codes. */
    private static final String NO_SUCH_ORDER = "6";

    private static final String SYSTEM_ERROR = "7";
    /** actionCode of an order whose payment time ran out. */
    private static final String SESSION_EXPIRED = "-2007";

    /** The gateway's register speaks Moscow time. */
    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter REGISTER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int REGISTER_PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(SberbankGateway.class);

    private final RestClient rest;
    private final SberbankProperties properties;
    private final SberbankChecksum checksum;
    private final Retry safeToRepeat;
    private final Retry neverSent;
    private final CircuitBreaker breaker;

    private final Environment environment;

    SberbankGateway(SberbankProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        this.checksum = new SberbankChecksum(properties.callbackKey());
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        String base = properties.url().toString();
        this.rest = RestClient.builder()
                .baseUrl(base.endsWith("/") ? base : base + "/")
                .requestFactory(requests)
                .build();
        this.safeToRepeat = retry("sberbank-read", SberbankGateway::transientFailure);
        this.neverSent = retry("sberbank-write", SberbankGateway::neverConnected);
        this.breaker = CircuitBreaker.of(
                "sberbank",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(properties.window())
                        .minimumNumberOfCalls(Math.max(2, properties.window() / 2))
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(properties.openFor())
                        .recordException(SberbankGateway::transientFailure)
                        .build());
    }

    private Retry retry(String name, Predicate<Throwable> when) {
        return Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(properties.maxAttempts())
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryWait(), 2))
                        .retryOnException(when)
                        .build());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Registration register(OrderRequest order) {
        var form = credentials();
        form.add("orderNumber", order.orderNumber());
        form.add("amount", Long.toString(order.amountKopecks()));
        form.add("currency", ROUBLES);
        form.add("returnUrl", order.returnUrl());
        form.add("failUrl", order.failUrl());
        form.add("description", order.description());
        form.add("language", "ru");
        form.add("sessionTimeoutSecs", Long.toString(order.lifetime().toSeconds()));
        if (properties.callbackUrl() != null && !properties.callbackUrl().isBlank()) {
            form.add("dynamicCallbackUrl", environment.resolvePlaceholders(properties.callbackUrl()));
        }
        JsonNode answer = call(neverSent, "register.do", form);
        refuseOnError(answer, "register.do");
        String orderId = text(answer, "orderId");
        String formUrl = text(answer, "formUrl");
        if (orderId == null || formUrl == null) {
            throw new ProviderUnavailable(new IllegalStateException("register.do answered without orderId/formUrl"));
        }
        return new Registration(orderId, formUrl);
    }

    @Override
    public OrderState status(OrderReference order) {
        var form = credentials();
        if (order.orderId() != null) {
            form.add("orderId", order.orderId());
        } else {
            form.add("orderNumber", order.orderNumber());
        }
        form.add("language", "ru");
        JsonNode answer = call(safeToRepeat, "getOrderStatusExtended.do", form);
        String error = errorCode(answer);
        if (NO_SUCH_ORDER.equals(error)) {
            return OrderState.unknownOrder();
        }
        refuseOnError(answer, "getOrderStatusExtended.do");
        return state(answer, order.orderId() != null ? order.orderId() : mdOrder(answer));
    }

    @Override
    public RegisterPage register(Instant from, Instant to, int page) {
        var form = credentials();
        form.add("from", REGISTER_TIME.format(from.atZone(BANK_ZONE)));
        form.add("to", REGISTER_TIME.format(to.atZone(BANK_ZONE)));
        form.add("transactionStates", "CREATED,APPROVED,DEPOSITED,DECLINED,REVERSED,REFUNDED");
        form.add("page", Integer.toString(page));
        form.add("size", Integer.toString(REGISTER_PAGE));
        JsonNode answer = call(safeToRepeat, "getLastOrdersForMerchants.do", form);
        refuseOnError(answer, "getLastOrdersForMerchants.do");
        var orders = new ArrayList<RegisterPage.RegisteredOrder>();
        for (JsonNode order : answer.path("orderStatuses")) {
            String number = text(order, "orderNumber");
            if (number == null) {
                continue;
            }
            String orderId = mdOrder(order);
            orders.add(new RegisterPage.RegisteredOrder(number, state(order, orderId)));
        }
        return new RegisterPage(orders, answer.path("totalCount").asInt(orders.size()));
    }

    /** The gateway's order id in an order's description: {@code attributes[{name: "mdOrder", value}]}. */
    private static @Nullable String mdOrder(JsonNode order) {
        for (JsonNode attribute : order.path("attributes")) {
            if ("mdOrder".equals(text(attribute, "name"))) {
                return text(attribute, "value");
            }
        }
        return text(order, "orderId");
    }

    /** An order as getOrderStatusExtended.do (and each entry of the register) describes it. */
    private static OrderState state(JsonNode answer, @Nullable String orderId) {
        String actionCode = text(answer, "actionCode");
        Outcome outcome =
                switch (answer.path("orderStatus").asInt(-1)) {
                    case 0, 1, 5 -> Outcome.AWAITING_PAYMENT;
                    case 2 -> Outcome.PAID;
                    case 3 -> Outcome.REVERSED;
                    case 4 -> Outcome.REFUNDED;
                    case 6 -> SESSION_EXPIRED.equals(actionCode) ? Outcome.EXPIRED : Outcome.DECLINED;
                    default ->
                        throw new ProviderUnavailable(
                                new IllegalStateException("the gateway answered an unknown orderStatus"));
                };
        long amount = answer.path("amount").asLong(0);
        Instant paidAt = null;
        long authorised = answer.path("authDateTime").asLong(0);
        if (outcome == Outcome.PAID && authorised > 0) {
            paidAt = Instant.ofEpochMilli(authorised);
        }
        return new OrderState(outcome, orderId, amount, paidAt, actionCode);
    }

    @Override
    public void refund(String orderId, long amountKopecks) {
        var form = credentials();
        form.add("orderId", orderId);
        form.add("amount", Long.toString(amountKopecks));
        refuseOnError(call(neverSent, "refund.do", form), "refund.do");
    }

    @Override
    public void reverse(String orderId) {
        var form = credentials();
        form.add("orderId", orderId);
        refuseOnError(call(neverSent, "reverse.do", form), "reverse.do");
    }

    @Override
    public Optional<CallbackNotice> verify(Map<String, String> callback) {
        if (!checksum.verify(callback)) {
            return Optional.empty();
        }
        String orderId = callback.get("mdOrder");
        String operation = callback.get("operation");
        if (orderId == null || orderId.isBlank() || operation == null || operation.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CallbackNotice(
                orderId, callback.get("orderNumber"), operation, "1".equals(callback.get("status"))));
    }

    private LinkedMultiValueMap<String, String> credentials() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("userName", properties.userName());
        form.add("password", properties.password());
        return form;
    }

    private JsonNode call(Retry retry, String method, LinkedMultiValueMap<String, String> form) {
        Supplier<JsonNode> post = () -> {
            JsonNode answer = rest.post()
                    .uri(method)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
            if (answer == null) {
                throw new ResourceAccessException(method + " answered nothing");
            }
            if (SYSTEM_ERROR.equals(errorCode(answer))) {
                throw new BankSystemError(method);
            }
            return answer;
        };
        try {
            return breaker.executeSupplier(Retry.decorateSupplier(retry, post));
        } catch (HttpClientErrorException e) {
            log.error(
                    "Acquirer {} refused the request with HTTP {}",
                    method,
                    e.getStatusCode().value());
            throw new ProviderRefused("http-" + e.getStatusCode().value());
        } catch (CallNotPermittedException | RestClientException | BankSystemError e) {
            // no connection, a timeout (also while reading the body), a 5xx, an unreadable answer, the circuit open
            log.warn("Acquirer {}: outcome unknown ({})", method, e.getClass().getSimpleName());
            throw new ProviderUnavailable(e);
        }
    }

    private static void refuseOnError(JsonNode answer, String method) {
        String error = errorCode(answer);
        if (error != null && !"0".equals(error)) {
            log.warn("Acquirer {} answered errorCode {}", method, error);
            throw new ProviderRefused(error);
        }
    }

    private static @Nullable String errorCode(JsonNode answer) {
        return text(answer, "errorCode");
    }

    private static @Nullable String text(JsonNode answer, String field) {
        JsonNode value = answer.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    /** A failure after which the bank may or may not have acted. */
    static boolean transientFailure(Throwable failure) {
        return (failure instanceof RestClientException && !(failure instanceof HttpClientErrorException))
                || failure instanceof BankSystemError;
    }

    /** A failure before the request reached the bank: repeating it cannot act twice. */
    static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** errorCode 7: the gateway's own failure, the outcome unknown. */
    static final class BankSystemError extends RuntimeException {
        BankSystemError(String method) {
            super(method + " answered a system error");
        }
    }
}
