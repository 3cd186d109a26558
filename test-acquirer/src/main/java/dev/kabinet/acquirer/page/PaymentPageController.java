package dev.kabinet.acquirer.page;

import dev.kabinet.acquirer.cards.CardBrand;
import dev.kabinet.acquirer.cards.Pan;
import dev.kabinet.acquirer.orders.GatewayError;
import dev.kabinet.acquirer.orders.Order;
import dev.kabinet.acquirer.orders.OrderStatus;
import dev.kabinet.acquirer.orders.Orders;
import dev.kabinet.acquirer.system.AcquirerProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The hosted card page (formUrl of register.do) and the 3-D Secure page, server-rendered in Russian. After the
 * payment the payer is redirected to the order's returnUrl (paid) or failUrl (declined, expired) with
 * {@code orderId=<mdOrder>&lang=ru} added, as the gateway does. The card number, expiry and CVC are checked here and
 * never leave the acquirer; only the masked number is kept.
 */
@Controller
class PaymentPageController {

    private final Orders orders;
    private final AcquirerProperties properties;
    private final Clock clock;

    PaymentPageController(Orders orders, AcquirerProperties properties, Clock clock) {
        this.orders = orders;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/payment/merchants/{merchant}/payment_ru.html")
    String page(@RequestParam String mdOrder, Model model) {
        var order = orders.byId(mdOrder);
        if (order.status() == OrderStatus.ACS_PENDING) {
            return "redirect:/payment/acs?mdOrder=" + mdOrder;
        }
        if (order.status() != OrderStatus.REGISTERED) {
            return finished(order, model);
        }
        return form(order, model, Map.of(), new LinkedHashMap<>());
    }

    @PostMapping("/payment/merchants/{merchant}/pay")
    String pay(
            @RequestParam String mdOrder,
            @RequestParam(defaultValue = "") String pan,
            @RequestParam(defaultValue = "") String expMonth,
            @RequestParam(defaultValue = "") String expYear,
            @RequestParam(defaultValue = "") String cvc,
            @RequestParam(defaultValue = "") String cardholder,
            Model model) {
        var order = orders.byId(mdOrder);
        if (order.status() != OrderStatus.REGISTERED) {
            return page(mdOrder, model);
        }
        var errors = new LinkedHashMap<String, String>();
        var entry = new Orders.CardEntry(pan, parse(expMonth), parse(expYear), cvc, cardholder.strip());
        orders.refusal(entry).ifPresent(message -> errors.put("pan", message));
        int year = entry.expiryYear() < 100 && entry.expiryYear() >= 0 ? 2000 + entry.expiryYear() : entry.expiryYear();
        if (entry.expiryMonth() < 1 || entry.expiryMonth() > 12 || year < 2000 || year > 2100) {
            errors.put("expiry", "Укажите срок действия: месяц (01–12) и год (две цифры)");
        } else if (YearMonth.of(year, entry.expiryMonth()).isBefore(YearMonth.now(clock.withZone(properties.zone())))) {
            errors.put("expiry", "Срок действия карты истёк");
        }
        if (!cvc.matches("\\d{3}")) {
            errors.put("cvc", "CVC/CVV — три цифры на обороте карты");
        }
        if (!entry.cardholder().matches("[A-Za-z][A-Za-z .'-]{1,25}")) {
            errors.put("cardholder", "Имя владельца латинскими буквами, как на карте");
        }
        if (!errors.isEmpty()) {
            var values = new LinkedHashMap<String, String>();
            values.put("expMonth", expMonth);
            values.put("expYear", expYear);
            values.put("cardholder", cardholder);
            return form(order, model, errors, values);
        }
        var next = orders.pay(
                mdOrder,
                new Orders.CardEntry(
                        pan, entry.expiryMonth(), year, cvc, entry.cardholder().toUpperCase()));
        return switch (next) {
            case Orders.Next.ThreeDs t -> "redirect:/payment/acs?mdOrder=" + t.orderId();
            case Orders.Next.Finished f -> "redirect:" + back(f.order());
        };
    }

    @GetMapping("/payment/acs")
    String acs(@RequestParam String mdOrder, Model model) {
        var order = orders.byId(mdOrder);
        if (order.status() != OrderStatus.ACS_PENDING) {
            return page(mdOrder, model);
        }
        describe(order, model);
        model.addAttribute("maskedPan", order.card().map(Order.Card::maskedPan).orElse(""));
        return "acs";
    }

    @PostMapping("/payment/acs")
    String acsCode(@RequestParam String mdOrder, @RequestParam(defaultValue = "") String code, Model model) {
        var order = orders.byId(mdOrder);
        if (order.status() != OrderStatus.ACS_PENDING) {
            return page(mdOrder, model);
        }
        return "redirect:" + back(orders.completeThreeDs(mdOrder, code.strip()));
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String on(GatewayError e, Model model) {
        model.addAttribute("message", "Заказ не найден. Вернитесь на сайт и начните оплату заново.");
        return "missing";
    }

    private String form(Order order, Model model, Map<String, String> errors, Map<String, String> values) {
        describe(order, model);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        var accepted = new StringBuilder();
        for (CardBrand brand : CardBrand.values()) {
            if (!properties.excludedBrands().contains(brand)) {
                accepted.append(accepted.isEmpty() ? "" : ", ").append(brand.title());
            }
        }
        model.addAttribute("accepted", accepted.toString());
        return "payment";
    }

    private String finished(Order order, Model model) {
        describe(order, model);
        model.addAttribute("paid", order.status() == OrderStatus.DEPOSITED);
        model.addAttribute("reason", order.actionCode().description());
        model.addAttribute("back", back(order));
        return "finished";
    }

    private void describe(Order order, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("merchant", properties.merchantName());
        model.addAttribute("sum", Money.format(order.amount()));
        long minutes =
                Math.max(0, Duration.between(clock.instant(), order.expiresAt()).toMinutes());
        model.addAttribute("minutesLeft", minutes);
        model.addAttribute(
                "cancel",
                UriComponentsBuilder.fromUri(order.failUrl())
                        .queryParam("orderId", order.id())
                        .queryParam("lang", "ru")
                        .build()
                        .toUriString());
    }

    /** returnUrl when paid, failUrl otherwise, with orderId and lang added. */
    static URI backOf(Order order) {
        URI base = order.status() == OrderStatus.DEPOSITED ? order.returnUrl() : order.failUrl();
        return UriComponentsBuilder.fromUri(base)
                .queryParam("orderId", order.id())
                .queryParam("lang", "ru")
                .build()
                .toUri();
    }

    private static String back(Order order) {
        return backOf(order).toString();
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(Pan.digitsOf(number));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
