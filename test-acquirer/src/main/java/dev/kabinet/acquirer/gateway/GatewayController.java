package dev.kabinet.acquirer.gateway;

import dev.kabinet.acquirer.orders.GatewayError;
import dev.kabinet.acquirer.orders.Order;
import dev.kabinet.acquirer.orders.OrderStatus;
import dev.kabinet.acquirer.orders.Orders;
import dev.kabinet.acquirer.system.AcquirerProperties;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's REST protocol under {@code /payment/rest/}: parameters as {@code application/x-www-form-urlencoded}
 * body or query (GET or POST), {@code userName} and {@code password} on every call, JSON answers; a refusal is HTTP
 * 200 with {@code errorCode} and {@code errorMessage} (test-acquirer/README.md, "Protocol").
 */
@RestController
@RequestMapping(
        path = "/payment/rest",
        method = {RequestMethod.GET, RequestMethod.POST},
        produces = MediaType.APPLICATION_JSON_VALUE)
class GatewayController {

    private static final DateTimeFormatter REGISTER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Orders orders;
    private final AcquirerProperties properties;
    private final JsonMapper json;

    GatewayController(Orders orders, AcquirerProperties properties, JsonMapper json) {
        this.orders = orders;
        this.properties = properties;
        this.json = json;
    }

    @RequestMapping("/register.do")
    Map<String, Object> register(@RequestParam Map<String, String> p) {
        authenticate(p);
        String orderNumber = required(p, "orderNumber");
        if (orderNumber.length() > 36) {
            throw new GatewayError(5, "Номер заказа длиннее 36 символов");
        }
        long amount = positiveAmount(required(p, "amount"));
        int currency = 643;
        if (p.get("currency") != null && !p.get("currency").isBlank()) {
            if (!p.get("currency").equals("643")) {
                throw new GatewayError(3, "Неизвестная валюта");
            }
        }
        URI returnUrl = url(required(p, "returnUrl"), "returnUrl");
        URI failUrl = p.get("failUrl") == null || p.get("failUrl").isBlank() ? null : url(p.get("failUrl"), "failUrl");
        URI callbackUrl = p.get("dynamicCallbackUrl") == null
                        || p.get("dynamicCallbackUrl").isBlank()
                ? null
                : url(p.get("dynamicCallbackUrl"), "dynamicCallbackUrl");
        var order = orders.register(new Orders.Registration(
                orderNumber,
                amount,
                currency,
                returnUrl,
                failUrl,
                p.getOrDefault("description", ""),
                jsonParams(p.get("jsonParams")),
                callbackUrl));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("orderId", order.id());
        answer.put("formUrl", formUrl(order));
        return answer;
    }

    @RequestMapping("/getOrderStatusExtended.do")
    Map<String, Object> status(@RequestParam Map<String, String> p) {
        authenticate(p);
        Order order;
        if (p.get("orderId") != null && !p.get("orderId").isBlank()) {
            order = orders.byId(p.get("orderId"));
        } else if (p.get("orderNumber") != null && !p.get("orderNumber").isBlank()) {
            order = orders.byNumber(p.get("orderNumber"));
        } else {
            throw new GatewayError(1, "Ожидается orderId или orderNumber");
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("errorCode", "0");
        answer.put("errorMessage", "Успешно");
        answer.putAll(OrderView.extended(order));
        return answer;
    }

    @RequestMapping("/refund.do")
    Map<String, Object> refund(@RequestParam Map<String, String> p) {
        authenticate(p);
        String orderId = required(p, "orderId");
        long amount = positiveAmount(required(p, "amount"));
        orders.refund(orderId, amount);
        return success();
    }

    @RequestMapping("/reverse.do")
    Map<String, Object> reverse(@RequestParam Map<String, String> p) {
        authenticate(p);
        orders.reverse(required(p, "orderId"));
        return success();
    }

    /**
     * The merchant register (the gateway's getLastOrdersForMerchants.do): orders registered in [from, to), times
     * {@code yyyyMMddHHmmss} in {@code kabinet.acquirer.zone}; {@code transactionStates} a comma list of CREATED,
     * APPROVED, DEPOSITED, DECLINED, REVERSED, REFUNDED; {@code page} (from 0) and {@code size} (at most 200).
     */
    @RequestMapping("/getLastOrdersForMerchants.do")
    Map<String, Object> lastOrders(@RequestParam Map<String, String> p) {
        authenticate(p);
        var zone = properties.zone();
        var from = time(required(p, "from")).atZone(zone).toInstant();
        var to = time(required(p, "to")).atZone(zone).toInstant();
        if (!from.isBefore(to)) {
            throw new GatewayError(5, "Начало периода должно быть раньше конца");
        }
        Set<OrderStatus> statuses = states(required(p, "transactionStates"));
        int size = Integer.parseInt(p.getOrDefault("size", "200"));
        int page = Integer.parseInt(p.getOrDefault("page", "0"));
        if (size < 1 || size > 200 || page < 0) {
            throw new GatewayError(5, "Неверные page или size");
        }
        var all = orders.register(from, to, statuses);
        var pageOf = all.stream()
                .skip((long) page * size)
                .limit(size)
                .map(OrderView::extended)
                .toList();
        var answer = new LinkedHashMap<String, Object>();
        answer.put("errorCode", "0");
        answer.put("errorMessage", "Успешно");
        answer.put("orderStatuses", pageOf);
        answer.put("totalCount", all.size());
        answer.put("page", page);
        answer.put("pageSize", size);
        return answer;
    }

    @ExceptionHandler
    Map<String, Object> on(GatewayError e) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("errorCode", String.valueOf(e.errorCode()));
        answer.put("errorMessage", e.getMessage());
        return answer;
    }

    private String formUrl(Order order) {
        String base = properties.publicUrl().toString().replaceAll("/+$", "");
        return base + "/payment/merchants/kabinet/payment_ru.html?mdOrder=" + order.id();
    }

    private void authenticate(Map<String, String> p) {
        if (!same(p.get("userName"), properties.userName()) || !same(p.get("password"), properties.password())) {
            throw new GatewayError(5, "Доступ запрещён");
        }
    }

    private static boolean same(String given, String expected) {
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> success() {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("errorCode", "0");
        answer.put("errorMessage", "Успешно");
        return answer;
    }

    private static String required(Map<String, String> p, String name) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            throw new GatewayError(4, "Не указан параметр " + name);
        }
        return value;
    }

    private static long positiveAmount(String value) {
        try {
            long amount = Long.parseLong(value);
            if (amount > 0) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new GatewayError(5, "Сумма должна быть целым положительным числом копеек");
    }

    private static URI url(String value, String name) {
        try {
            var uri = new URI(value);
            if (uri.getScheme() != null
                    && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new GatewayError(5, "Неверный адрес в параметре " + name);
    }

    private Map<String, String> jsonParams(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            var node = json.readTree(value);
            if (!node.isObject()) {
                throw new GatewayError(5, "jsonParams должен быть объектом JSON");
            }
            var params = new TreeMap<String, String>();
            node.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            return params;
        } catch (JacksonException e) {
            throw new GatewayError(5, "jsonParams должен быть объектом JSON");
        }
    }

    private static LocalDateTime time(String value) {
        try {
            return LocalDateTime.parse(value, REGISTER_TIME);
        } catch (DateTimeParseException e) {
            throw new GatewayError(5, "Время в формате yyyyMMddHHmmss");
        }
    }

    private static Set<OrderStatus> states(String value) {
        var statuses = EnumSet.noneOf(OrderStatus.class);
        List<String> unknown = new ArrayList<>();
        for (String state : Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toList())) {
            switch (state) {
                case "CREATED" -> statuses.addAll(List.of(OrderStatus.REGISTERED, OrderStatus.ACS_PENDING));
                case "APPROVED" -> statuses.add(OrderStatus.APPROVED);
                case "DEPOSITED" -> statuses.add(OrderStatus.DEPOSITED);
                case "DECLINED" -> statuses.add(OrderStatus.DECLINED);
                case "REVERSED" -> statuses.add(OrderStatus.REVERSED);
                case "REFUNDED" -> statuses.add(OrderStatus.REFUNDED);
                default -> unknown.add(state);
            }
        }
        if (!unknown.isEmpty() || statuses.isEmpty()) {
            throw new GatewayError(5, "Неизвестные transactionStates: " + unknown);
        }
        return statuses;
    }
}
