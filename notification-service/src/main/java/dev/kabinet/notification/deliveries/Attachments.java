package dev.kabinet.notification.deliveries;

/**
 * Fetches what an e-mail attaches when it leaves (NT-4), so that no attachment is ever stored with the delivery: the
 * delivery names it ({@code receipt:<account>/<YYYY-MM>}), this port brings its bytes.
 */
public interface Attachments {

    /** The prefix of a receipt's name. */
    String RECEIPT = "receipt:";

    /**
     * The attachment {@code name}.
     *
     * @throws ChannelAdapter.NotDelivered when it cannot be had now (retryable) or ever (not retryable)
     */
    Attachment fetch(String name) throws ChannelAdapter.NotDelivered;

    /** A file to attach. */
    record Attachment(String fileName, String contentType, byte[] content) {}
}
