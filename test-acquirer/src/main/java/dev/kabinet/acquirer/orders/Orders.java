package dev.kabinet.acquirer.orders;

import dev.kabinet.acquirer.callbacks.Callbacks;
import dev.kabinet.acquirer.cards.CardBrand;
import dev.kabinet.acquirer.cards.Luhn;
import dev.kabinet.acquirer.cards.Pan;
import dev.kabinet.acquirer.cards.TestCard;
import dev.kabinet.acquirer.system.AcquirerProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The merchant's orders and what can happen to them. Kept in memory for the life of the process (ADR 0021): a
 * restart forgets them, as {@code ./kabinet down} does. Every transition notifies the merchant (callbacks).
 */
@Service
public class Orders {

    private static final Logger log = LoggerFactory.getLogger(Orders.class);

    /** What register.do asks for (already parsed; amounts in kopecks). */
    public record Registration(
            String orderNumber,
            long amount,
            int currency,
            URI returnUrl,
            URI failUrl,
            String description,
            Map<String, String> jsonParams,
            URI callbackUrl) {}

    /** What the payer typed on the hosted page (the card number as typed; it is not kept). */
    public record CardEntry(String number, int expiryMonth, int expiryYear, String cvc, String cardholder) {}

    /** Where the payer goes after the card page: the 3-D Secure page, or back to the merchant. */
    public sealed interface Next {
        record ThreeDs(String orderId) implements Next {}

        record Finished(Order order) implements Next {}
    }

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Map<String, Order> byNumber = new ConcurrentHashMap<>();
    private final AcquirerProperties properties;
    private final Callbacks callbacks;
    private final Clock clock;

    public Orders(AcquirerProperties properties, Callbacks callbacks, Clock clock) {
        this.properties = properties;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    public Order register(Registration r) {
        Instant now = clock.instant();
        var order = new Order(
                UUID.randomUUID().toString(),
                r.orderNumber(),
                r.amount(),
                r.currency(),
                r.returnUrl(),
                r.failUrl() != null ? r.failUrl() : r.returnUrl(),
                r.description(),
                r.jsonParams(),
                r.callbackUrl(),
                now,
                now.plus(properties.orderLifetime()));
        if (byNumber.putIfAbsent(r.orderNumber(), order) != null) {
            throw new GatewayError(1, "Заказ с таким номером уже обработан");
        }
        byId.put(order.id(), order);
        log.info("order {} registered: number {}, {} kopecks", order.id(), order.orderNumber(), order.amount());
        return order;
    }

    /** The order by the gateway's id, expired first if its time is up. */
    public Order byId(String orderId) {
        var order = byId.get(orderId);
        if (order == null) {
            throw GatewayError.unknownOrder();
        }
        expire(order);
        return order;
    }

    public Order byNumber(String orderNumber) {
        var order = byNumber.get(orderNumber);
        if (order == null) {
            throw GatewayError.unknownOrder();
        }
        expire(order);
        return order;
    }

    /** The card's problem in Russian, if the hosted page must refuse it before asking the issuer. */
    public Optional<String> refusal(CardEntry entry) {
        String digits = Pan.digitsOf(entry.number());
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() < 13 || digits.length() > 19) {
            return Optional.of("Номер карты должен состоять из 13–19 цифр");
        }
        if (!Luhn.valid(digits)) {
            return Optional.of("Номер карты введён с ошибкой: проверьте цифры");
        }
        var brand = CardBrand.of(digits);
        if (brand.isEmpty() || !brand.get().lengthFits(digits.length())) {
            return Optional.of("Принимаются карты Visa, MasterCard и МИР");
        }
        if (properties.excludedBrands().contains(brand.get())) {
            return Optional.of("Карты " + brand.get().title() + " к оплате не принимаются: выберите другую карту");
        }
        return Optional.empty();
    }

    /** The payer submitted the card form of an order (already checked by {@link #refusal}). */
    public Next pay(String orderId, CardEntry entry) {
        var order = byId(orderId);
        String digits = Pan.digitsOf(entry.number());
        var brand = CardBrand.of(digits).orElseThrow();
        var test = TestCard.of(digits);
        ActionCode answer = test.map(Orders::issuerAnswer).orElse(ActionCode.SUCCESS);
        boolean threeDs = test.map(TestCard::threeDs).orElse(false);
        boolean threeDsFails =
                test.map(t -> t.outcome() == TestCard.Outcome.THREE_DS_FAILED).orElse(false);
        var card = new Order.Card(
                Pan.mask(digits),
                String.format("%04d%02d", entry.expiryYear(), entry.expiryMonth()),
                entry.cardholder(),
                brand);
        log.info("order {}: card {} submitted", orderId, card.maskedPan());
        var notice = order.pay(card, threeDs, threeDsFails, answer, clock.instant());
        notice.ifPresent(n -> notify(order, n));
        return threeDs ? new Next.ThreeDs(orderId) : new Next.Finished(order);
    }

    public Order completeThreeDs(String orderId, String code) {
        var order = byId(orderId);
        notify(order, order.completeThreeDs(TestCard.ACS_CODE.equals(code), clock.instant()));
        return order;
    }

    public Order refund(String orderId, long amount) {
        var order = byId(orderId);
        notify(order, order.refund(amount, clock.instant()));
        return order;
    }

    public Order reverse(String orderId) {
        var order = byId(orderId);
        boolean sameDay = order.authorisedAt()
                .map(at -> day(at).equals(day(clock.instant())))
                .orElse(false);
        notify(order, order.reverse(sameDay, clock.instant()));
        return order;
    }

    /** The merchant register: orders registered in [from, to) whose status is one of {@code statuses}, oldest first. */
    public List<Order> register(Instant from, Instant to, Set<OrderStatus> statuses) {
        byId.values().forEach(this::expire);
        return byId.values().stream()
                .filter(o ->
                        !o.registeredAt().isBefore(from) && o.registeredAt().isBefore(to))
                .filter(o -> statuses.contains(o.status()))
                .sorted(Comparator.comparing(Order::registeredAt).thenComparing(Order::id))
                .toList();
    }

    public LocalDate day(Instant at) {
        return at.atZone(properties.zone()).toLocalDate();
    }

    /** Expires the orders whose time is up even when nobody asks about them, so their callbacks go out. */
    @Scheduled(fixedDelay = 1000)
    void expireDue() {
        byId.values().forEach(this::expire);
    }

    private void expire(Order order) {
        order.expireIfDue(clock.instant()).ifPresent(n -> notify(order, n));
    }

    private void notify(Order order, Order.Notice notice) {
        log.info("order {}: {} {}", order.id(), notice.operation(), notice.status());
        callbacks.notify(order.callbackUrl(), order.id(), order.orderNumber(), notice.operation(), notice.status());
    }

    public void forgetAll() {
        byId.clear();
        byNumber.clear();
    }

    private static ActionCode issuerAnswer(TestCard card) {
        return switch (card.outcome()) {
            case APPROVED, THREE_DS_FAILED -> ActionCode.SUCCESS;
            case DECLINED -> ActionCode.DO_NOT_HONOR;
            case INSUFFICIENT_FUNDS -> ActionCode.INSUFFICIENT_FUNDS;
        };
    }
}
