package dev.kabinet.acquirer.orders;

/**
 * A refusal the protocol answers with HTTP 200 and {@code {"errorCode": "<code>", "errorMessage": "…"}}, as the
 * gateway does: 1 duplicate order number or missing order id, 3 unknown currency, 4 missing parameter, 5 access denied
 * or wrong value, 6 unknown order, 7 the order is not in a state for this operation.
 */
public class GatewayError extends RuntimeException {

    private final int errorCode;

    public GatewayError(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    public static GatewayError unknownOrder() {
        return new GatewayError(6, "Заказ не найден");
    }

    public static GatewayError wrongState() {
        return new GatewayError(7, "Операция невозможна в текущем состоянии заказа");
    }
}
