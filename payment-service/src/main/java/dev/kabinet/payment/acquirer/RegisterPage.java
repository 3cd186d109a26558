package dev.kabinet.payment.acquirer;

import java.util.List;

/**
 * One page of the bank's register of orders (reconciliation).
 *
 * @param orders each order's number (the cabinet's) and what the bank knows of it
 * @param total how many orders the whole register of the period holds
 */
public record RegisterPage(List<RegisteredOrder> orders, int total) {

    public RegisterPage {
        orders = List.copyOf(orders);
    }

    /** An order in the bank's register. */
    public record RegisteredOrder(String orderNumber, OrderState state) {}
}
