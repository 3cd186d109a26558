package dev.kabinet.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.kabinet.acquirer.callbacks.Checksum;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acquirer over real HTTP as a gateway client and a payer's browser use it: register.do, the hosted card page
 * and its 3-D Secure step as plain form posts, getOrderStatusExtended.do, refund.do, reverse.do, the merchant
 * register, expiry by the test clock, the fault modes, and the callbacks a real HTTP receiver gets.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kabinet.acquirer.excluded-brands=MIR", "kabinet.acquirer.callback-secret=it-secret"})
@ActiveProfiles("test")
@DisplayName("Test acquirer: the gateway's protocol, hosted page, clock and fault modes")
class AcquirerProtocolIT {

    private static final String SECRET = "it-secret";
    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    private static final HttpServer RECEIVER = receiver();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void callbackUrl(DynamicPropertyRegistry registry) {
        registry.add(
                "kabinet.acquirer.callback-url",
                () -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/callbacks");
    }

    private static HttpServer receiver() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/callbacks", exchange -> {
                RECEIVED.add(query(exchange.getRequestURI().getRawQuery()));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop(0);
    }

    @BeforeEach
    void reset() throws Exception {
        send("DELETE", "/test-control", null, null);
        RECEIVED.clear();
    }

    @Test
    @DisplayName("PY-3 register.do answers orderId and formUrl; the card page takes the card and returns to returnUrl")
    void paysThroughTheHostedPage() throws Exception {
        String number = orderNumber();
        var registered = gateway("register.do", registration(number, 123456));
        assertThat(registered.has("errorCode")).isFalse();
        String orderId = registered.get("orderId").asString();
        String formUrl = registered.get("formUrl").asString();
        assertThat(formUrl).endsWith("/payment/merchants/kabinet/payment_ru.html?mdOrder=" + orderId);

        var page = send("GET", URI.create(formUrl).getRawPath() + "?mdOrder=" + orderId, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"ru\"")
                .contains("Оплата картой")
                .contains("1\u202F234,56\u00A0₽")
                .contains("autocomplete=\"cc-number\"")
                .contains("Принимаются: Visa, MasterCard")
                .doesNotContain("МИР</span>");

        var paid = payWith(orderId, "4111 1111 1111 1111");
        assertThat(paid.statusCode()).isEqualTo(302);
        assertThat(location(paid)).isEqualTo("http://localhost:9999/ok?x=1&orderId=" + orderId + "&lang=ru");

        var status = gateway("getOrderStatusExtended.do", Map.of("orderId", orderId));
        assertThat(status.get("errorCode").asString()).isEqualTo("0");
        assertThat(status.get("orderStatus").asInt()).isEqualTo(2);
        assertThat(status.get("actionCode").asInt()).isZero();
        assertThat(status.get("amount").asLong()).isEqualTo(123456);
        assertThat(status.get("orderNumber").asString()).isEqualTo(number);
        assertThat(status.at("/cardAuthInfo/maskedPan").asString()).isEqualTo("411111**1111");
        assertThat(status.at("/cardAuthInfo/paymentSystem").asString()).isEqualTo("VISA");
        assertThat(status.at("/paymentAmountInfo/depositedAmount").asLong()).isEqualTo(123456);
        assertThat(status.at("/merchantOrderParams/0/name").asString()).isEqualTo("account");
        assertThat(status.toString()).doesNotContain("4111111111111111");

        var byNumber = gateway("getOrderStatusExtended.do", Map.of("orderNumber", number));
        assertThat(byNumber.get("orderStatus").asInt()).isEqualTo(2);

        var callback = awaitCallback(orderId, "deposited");
        assertThat(callback).containsEntry("status", "1").containsEntry("orderNumber", number);
        assertThat(Checksum.verifies(callback, SECRET)).isTrue();
        assertThat(Checksum.verifies(callback, "another-secret")).isFalse();
    }

    @Test
    @DisplayName("PY-3 a 3-D Secure card asks for the code first, then pays")
    void threeDsStep() throws Exception {
        String orderId = register(5000);
        var card = payWith(orderId, "4000000000000002");
        assertThat(location(card)).endsWith("/payment/acs?mdOrder=" + orderId);
        assertThat(status(orderId).get("orderStatus").asInt()).isEqualTo(5);
        var acs = send("GET", "/payment/acs?mdOrder=" + orderId, null, null);
        assertThat(acs.statusCode()).isEqualTo(200);
        assertThat(acs.body()).contains("Код из SMS").contains("400000**0002");

        var done = form("/payment/acs", Map.of("mdOrder", orderId, "code", "12345678"));
        assertThat(location(done)).startsWith("http://localhost:9999/ok?x=1&orderId=" + orderId);
        assertThat(status(orderId).get("orderStatus").asInt()).isEqualTo(2);
        assertThat(Checksum.verifies(awaitCallback(orderId, "deposited"), SECRET))
                .isTrue();
    }

    @Test
    @DisplayName("PY-3 a declined card returns to failUrl; the order is declined (6) with actionCode 5")
    void declined() throws Exception {
        String orderId = register(5000);
        var paid = payWith(orderId, "4000000000000010");
        assertThat(location(paid)).isEqualTo("http://localhost:9999/fail?orderId=" + orderId + "&lang=ru");
        var status = status(orderId);
        assertThat(status.get("orderStatus").asInt()).isEqualTo(6);
        assertThat(status.get("actionCode").asInt()).isEqualTo(5);
        assertThat(awaitCallback(orderId, "deposited")).containsEntry("status", "0");
        var again = send("GET", "/payment/merchants/kabinet/payment_ru.html?mdOrder=" + orderId, null, null);
        assertThat(again.body()).contains("Оплата не прошла").doesNotContain("name=\"pan\"");
    }

    @Test
    @DisplayName("PY-3 insufficient funds: declined (6) with actionCode 116")
    void insufficientFunds() throws Exception {
        String orderId = register(5000);
        assertThat(location(payWith(orderId, "4000000000000028"))).contains("/fail?orderId=" + orderId);
        var status = status(orderId);
        assertThat(status.get("orderStatus").asInt()).isEqualTo(6);
        assertThat(status.get("actionCode").asInt()).isEqualTo(116);
    }

    @Test
    @DisplayName("PY-3 a 3-D Secure failure (the failing card, or a wrong code) declines with actionCode -2006")
    void threeDsFailure() throws Exception {
        String failing = register(5000);
        assertThat(location(payWith(failing, "4000000000000036"))).endsWith("/payment/acs?mdOrder=" + failing);
        var done = form("/payment/acs", Map.of("mdOrder", failing, "code", "12345678"));
        assertThat(location(done)).contains("/fail?orderId=" + failing);
        assertThat(status(failing).get("actionCode").asInt()).isEqualTo(-2006);

        String wrongCode = register(5000);
        payWith(wrongCode, "4000000000000002");
        assertThat(location(form("/payment/acs", Map.of("mdOrder", wrongCode, "code", "00000000"))))
                .contains("/fail?orderId=" + wrongCode);
        assertThat(status(wrongCode).get("orderStatus").asInt()).isEqualTo(6);
    }

    @Test
    @DisplayName(
            "PY-3 the page refuses a mistyped number, an excluded brand, a past expiry and a bad CVC, and keeps the order")
    void refusesBadCards() throws Exception {
        String orderId = register(5000);
        var luhn = payWith(orderId, "4111111111111112");
        assertThat(luhn.statusCode()).isEqualTo(200);
        assertThat(luhn.body()).contains("Номер карты введён с ошибкой").contains("aria-invalid=\"true\"");
        assertThat(luhn.body()).doesNotContain("4111111111111112");

        var mir = payWith(orderId, "2200000000000004");
        assertThat(mir.body()).contains("Карты МИР к оплате не принимаются");

        var expired = form(
                "/payment/merchants/kabinet/pay",
                Map.of(
                        "mdOrder", orderId,
                        "pan", "4111111111111111",
                        "expMonth", "01",
                        "expYear", "20",
                        "cvc", "12",
                        "cardholder", "ANNA IVANOVA"));
        assertThat(expired.body()).contains("Срок действия карты истёк").contains("CVC/CVV — три цифры");
        assertThat(status(orderId).get("orderStatus").asInt()).isZero();
    }

    @Test
    @DisplayName("PY-3 an unpaid order expires after 20 minutes on the test clock: declined, -2007, declinedByTimeout")
    void expires() throws Exception {
        String orderId = register(5000);
        send("POST", "/test-control/clock", "application/json", "{\"advance\": \"PT19M\"}");
        assertThat(status(orderId).get("orderStatus").asInt()).isZero();

        send("POST", "/test-control/clock", "application/json", "{\"advance\": \"PT1M\"}");
        var status = status(orderId);
        assertThat(status.get("orderStatus").asInt()).isEqualTo(6);
        assertThat(status.get("actionCode").asInt()).isEqualTo(-2007);
        var callback = awaitCallback(orderId, "declinedByTimeout");
        assertThat(callback).containsEntry("status", "1");
        assertThat(Checksum.verifies(callback, SECRET)).isTrue();
        var page = send("GET", "/payment/merchants/kabinet/payment_ru.html?mdOrder=" + orderId, null, null);
        assertThat(page.body()).contains("Истёк срок ожидания");
    }

    @Test
    @DisplayName("PY-9 refund.do refunds in parts up to what was paid; reverse.do cancels a payment of the day")
    void refundsAndReverses() throws Exception {
        String refunded = register(10000);
        payWith(refunded, "5555555555554444");
        assertThat(gateway("refund.do", Map.of("orderId", refunded, "amount", "4000"))
                        .get("errorCode")
                        .asString())
                .isEqualTo("0");
        var tooMuch = gateway("refund.do", Map.of("orderId", refunded, "amount", "6001"));
        assertThat(tooMuch.get("errorCode").asString()).isEqualTo("5");
        var status = status(refunded);
        assertThat(status.get("orderStatus").asInt()).isEqualTo(4);
        assertThat(status.at("/paymentAmountInfo/refundedAmount").asLong()).isEqualTo(4000);
        assertThat(Checksum.verifies(awaitCallback(refunded, "refunded"), SECRET))
                .isTrue();
        assertThat(gateway("reverse.do", Map.of("orderId", refunded))
                        .get("errorCode")
                        .asString())
                .isEqualTo("7");

        String reversed = register(10000);
        payWith(reversed, "4111111111111111");
        assertThat(gateway("reverse.do", Map.of("orderId", reversed))
                        .get("errorCode")
                        .asString())
                .isEqualTo("0");
        assertThat(status(reversed).get("orderStatus").asInt()).isEqualTo(3);
        assertThat(awaitCallback(reversed, "reversed")).containsEntry("status", "1");

        String unpaid = register(10000);
        assertThat(gateway("refund.do", Map.of("orderId", unpaid, "amount", "1"))
                        .get("errorCode")
                        .asString())
                .isEqualTo("7");
    }

    @Test
    @DisplayName(
            "PY-3 refusals answer errorCode and errorMessage: access, duplicate number, missing or wrong values, unknown order")
    void refusals() throws Exception {
        var wrongPassword = call("register.do", Map.of("userName", "kabinet-api", "password", "x"));
        assertThat(wrongPassword.get("errorCode").asString()).isEqualTo("5");
        assertThat(wrongPassword.get("errorMessage").asString()).isNotBlank();

        String number = orderNumber();
        gateway("register.do", registration(number, 100));
        assertThat(gateway("register.do", registration(number, 100))
                        .get("errorCode")
                        .asString())
                .isEqualTo("1");
        var noAmount = new LinkedHashMap<>(registration(orderNumber(), 100));
        noAmount.remove("amount");
        assertThat(gateway("register.do", noAmount).get("errorCode").asString()).isEqualTo("4");
        var dollars = new LinkedHashMap<>(registration(orderNumber(), 100));
        dollars.put("currency", "840");
        assertThat(gateway("register.do", dollars).get("errorCode").asString()).isEqualTo("3");
        assertThat(gateway("register.do", registration(orderNumber(), -5))
                        .get("errorCode")
                        .asString())
                .isEqualTo("5");
        assertThat(gateway(
                                "getOrderStatusExtended.do",
                                Map.of("orderId", UUID.randomUUID().toString()))
                        .get("errorCode")
                        .asString())
                .isEqualTo("6");
        assertThat(send("GET", "/payment/merchants/kabinet/payment_ru.html?mdOrder=nope", null, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("PY-4 the merchant register (getLastOrdersForMerchants.do) lists the day's orders with their state")
    void merchantRegister() throws Exception {
        String paid = register(7000);
        payWith(paid, "4111111111111111");
        String declined = register(7000);
        payWith(declined, "4000000000000010");
        var day = LocalDate.now(ZoneId.of("Europe/Moscow"));
        var f = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        var answer = gateway(
                "getLastOrdersForMerchants.do",
                Map.of(
                        "from",
                        day.atStartOfDay().format(f),
                        "to",
                        day.plusDays(1).atStartOfDay().format(f),
                        "transactionStates",
                        "DEPOSITED,REFUNDED,REVERSED",
                        "size",
                        "200"));
        assertThat(answer.get("errorCode").asString()).isEqualTo("0");
        var ids = answer.get("orderStatuses")
                .valueStream()
                .map(o -> o.at("/attributes/0/value").asString())
                .toList();
        assertThat(ids).contains(paid).doesNotContain(declined);
        assertThat(answer.get("totalCount").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("PY-4 fault: slow answers come after delayMs, and the call was done anyway")
    void slowAnswers() throws Exception {
        faults("{\"delayMs\": 1200}");
        long t0 = System.nanoTime();
        String number = orderNumber();
        var registered = gateway("register.do", registration(number, 100));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1200));
        faults("{}");
        assertThat(gateway("getOrderStatusExtended.do", Map.of("orderNumber", number))
                        .get("orderStatus")
                        .asInt())
                .isZero();
        assertThat(registered.get("orderId").asString()).isNotBlank();
    }

    @Test
    @DisplayName("PY-4 fault: with errorRate 1 every protocol call answers 503 and changes nothing")
    void serverErrors() throws Exception {
        faults("{\"errorRate\": 1.0}");
        String number = orderNumber();
        var answer = send("POST", "/payment/rest/register.do", FORM, encode(withLogin(registration(number, 100))));
        assertThat(answer.statusCode()).isEqualTo(503);
        faults("{}");
        assertThat(gateway("getOrderStatusExtended.do", Map.of("orderNumber", number))
                        .get("errorCode")
                        .asString())
                .isEqualTo("6");
    }

    @Test
    @DisplayName("PY-4 fault: lost callbacks are never sent (and the log says so)")
    void lostCallbacks() throws Exception {
        faults("{\"lostCallbacks\": true}");
        String orderId = register(100);
        payWith(orderId, "4111111111111111");
        Thread.sleep(1500);
        assertThat(callbacksOf(orderId)).isEmpty();
        var log = json.readTree(send("GET", "/test-control/callbacks?mdOrder=" + orderId, null, null)
                .body());
        assertThat(log.get(0).get("lost").asBoolean()).isTrue();
        assertThat(status(orderId).get("orderStatus").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("PY-4 fault: duplicate callbacks arrive three times, each with a valid checksum")
    void duplicateCallbacks() throws Exception {
        faults("{\"duplicateCallbacks\": true}");
        String orderId = register(100);
        payWith(orderId, "4111111111111111");
        await().atMost(Duration.ofSeconds(10)).until(() -> callbacksOf(orderId).size() == 3);
        assertThat(callbacksOf(orderId))
                .allSatisfy(c -> assertThat(Checksum.verifies(c, SECRET)).isTrue());
    }

    @Test
    @DisplayName("PY-4 fault: out-of-order callbacks arrive newest first (refunded before deposited)")
    void outOfOrderCallbacks() throws Exception {
        String orderId = register(1000);
        faults("{\"outOfOrderCallbacks\": true}");
        payWith(orderId, "4111111111111111");
        gateway("refund.do", Map.of("orderId", orderId, "amount", "1000"));
        await().atMost(Duration.ofSeconds(10)).until(() -> callbacksOf(orderId).size() == 2);
        assertThat(callbacksOf(orderId)).extracting(c -> c.get("operation")).containsExactly("refunded", "deposited");
    }

    @Test
    @DisplayName("PY-3 test-control refuses a clock moved backwards")
    void clockOnlyMovesForward() throws Exception {
        assertThat(send("POST", "/test-control/clock", "application/json", "{\"advance\": \"-PT1M\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String orderNumber() {
        return "it-" + UUID.randomUUID().toString().substring(0, 18);
    }

    private static Map<String, String> registration(String number, long amount) {
        var p = new LinkedHashMap<String, String>();
        p.put("orderNumber", number);
        p.put("amount", String.valueOf(amount));
        p.put("currency", "643");
        p.put("returnUrl", "http://localhost:9999/ok?x=1");
        p.put("failUrl", "http://localhost:9999/fail");
        p.put("description", "Оплата по л/с 1000000011");
        p.put("jsonParams", "{\"account\":\"1000000011\"}");
        return p;
    }

    private String register(long amount) throws Exception {
        return gateway("register.do", registration(orderNumber(), amount))
                .get("orderId")
                .asString();
    }

    private JsonNode status(String orderId) throws Exception {
        return gateway("getOrderStatusExtended.do", Map.of("orderId", orderId));
    }

    private HttpResponse<String> payWith(String orderId, String pan) throws Exception {
        return form(
                "/payment/merchants/kabinet/pay",
                Map.of(
                        "mdOrder", orderId,
                        "pan", pan,
                        "expMonth", "12",
                        "expYear", "35",
                        "cvc", "123",
                        "cardholder", "anna ivanova"));
    }

    private void faults(String settings) throws Exception {
        var answer = send("PUT", "/test-control/faults", "application/json", settings);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private JsonNode gateway(String action, Map<String, String> params) throws Exception {
        return call(action, withLogin(params));
    }

    private static Map<String, String> withLogin(Map<String, String> params) {
        var p = new LinkedHashMap<String, String>();
        p.put("userName", "kabinet-api");
        p.put("password", "kabinet-acquirer-dev");
        p.putAll(params);
        return p;
    }

    private JsonNode call(String action, Map<String, String> params) throws Exception {
        var answer = send("POST", "/payment/rest/" + action, FORM, encode(params));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private HttpResponse<String> form(String path, Map<String, String> params) throws Exception {
        return send("POST", path, FORM, encode(params));
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        var params = new LinkedHashMap<String, String>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static List<Map<String, String>> callbacksOf(String orderId) {
        return RECEIVED.stream().filter(c -> orderId.equals(c.get("mdOrder"))).toList();
    }

    private static Map<String, String> awaitCallback(String orderId, String operation) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> callbacksOf(orderId).stream().anyMatch(c -> operation.equals(c.get("operation"))));
        return callbacksOf(orderId).stream()
                .filter(c -> operation.equals(c.get("operation")))
                .findFirst()
                .orElseThrow();
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("(no Location, status " + response.statusCode() + ")");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
