package dev.kabinet.notification.deliveries;

/**
 * The port of one outgoing channel (e-mail over SMTP, SMS through the provider): hands one delivery over, or says why
 * not. Implementations carry the delivery's idempotency key ({@code Message-ID}, {@code Idempotency-Key}).
 */
public interface ChannelAdapter {

    Channel channel();

    /**
     * Hands {@code delivery} to the server or provider.
     *
     * @throws NotDelivered when it was not accepted; {@link NotDelivered#retryable()} says whether another attempt may
     *     succeed
     */
    void send(Delivery delivery) throws NotDelivered;

    /** A delivery the channel did not accept; the message names the cause, never the recipient. */
    final class NotDelivered extends Exception {

        private final boolean retryable;

        public NotDelivered(String reason, boolean retryable, Throwable cause) {
            super(reason, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
