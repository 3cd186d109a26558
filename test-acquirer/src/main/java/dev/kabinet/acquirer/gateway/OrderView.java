package dev.kabinet.acquirer.gateway;

import dev.kabinet.acquirer.orders.Order;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An order as getOrderStatusExtended.do and the merchant register answer it (the gateway's field names). */
final class OrderView {

    private OrderView() {}

    static Map<String, Object> extended(Order order) {
        var view = new LinkedHashMap<String, Object>();
        view.put("orderNumber", order.orderNumber());
        view.put("orderStatus", order.status().code());
        view.put("actionCode", order.actionCode().code());
        view.put("actionCodeDescription", order.actionCode().description());
        view.put("amount", order.amount());
        view.put("currency", String.valueOf(order.currency()));
        view.put("date", order.registeredAt().toEpochMilli());
        view.put("orderDescription", order.description());
        view.put(
                "merchantOrderParams",
                order.jsonParams().entrySet().stream()
                        .map(e -> Map.of("name", e.getKey(), "value", e.getValue()))
                        .toList());
        view.put("attributes", List.of(Map.of("name", "mdOrder", "value", order.id())));
        order.card().ifPresent(card -> {
            var info = new LinkedHashMap<String, Object>();
            info.put("maskedPan", card.maskedPan());
            info.put("expiration", card.expiration());
            info.put("cardholderName", card.cardholderName());
            order.approvalCode().ifPresent(code -> info.put("approvalCode", code));
            info.put("paymentSystem", card.brand().name());
            view.put("cardAuthInfo", info);
        });
        order.authorisedAt().ifPresent(at -> view.put("authDateTime", at.toEpochMilli()));
        var amounts = new LinkedHashMap<String, Object>();
        amounts.put("paymentState", order.status().paymentState());
        amounts.put("approvedAmount", order.depositedAmount());
        amounts.put("depositedAmount", order.depositedAmount());
        amounts.put("refundedAmount", order.refundedAmount());
        view.put("paymentAmountInfo", amounts);
        return view;
    }
}
