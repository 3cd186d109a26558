package dev.kabinet.payment.acquirer;

import org.jspecify.annotations.Nullable;

/** An order at the bank: by the bank's id when the cabinet has it, else by the cabinet's order number. */
public record OrderReference(@Nullable String orderId, String orderNumber) {}
