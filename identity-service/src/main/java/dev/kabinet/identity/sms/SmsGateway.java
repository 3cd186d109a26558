package dev.kabinet.identity.sms;

/**
 * Where text messages leave Kabinet: an SMS provider behind a port, so the flows that confirm a phone (ID-3, ID-5,
 * ID-7, ID-8, ID-9) do not know which provider it is. The adapter is {@code HttpSmsGateway} (a generic JSON-over-HTTP
 * provider; the SMS sink in local runs and tests).
 */
public interface SmsGateway {

    /**
     * Hands one message to the provider. The idempotency key travels with it, so a retried request is delivered once.
     *
     * @return the provider's id of the accepted message
     * @throws SmsNotSent when the provider refused the message or did not answer within the configured retries
     */
    String send(Sms sms);

    /** One text message: the phone in E.164 ({@code +79123456789}), the text, and the sender's idempotency key. */
    record Sms(String phone, String text, String idempotencyKey) {

        @Override
        public String toString() {
            return "Sms[to=" + PhoneNumber.masked(phone) + ", key=" + idempotencyKey + "]";
        }
    }
}
