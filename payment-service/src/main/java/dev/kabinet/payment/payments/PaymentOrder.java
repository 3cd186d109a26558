package dev.kabinet.payment.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** What a resident asks to pay (PY-1, PY-2): sums per charge line, who pays, and that they agreed to the terms. */
public record PaymentOrder(List<PaymentLine> lines, Payer payer) {

    public PaymentOrder {
        lines = List.copyOf(lines);
        Objects.requireNonNull(payer, "payer");
    }

    public long totalKopecks() {
        return lines.stream().mapToLong(PaymentLine::amountKopecks).reduce(0, Math::addExact);
    }

    /**
     * The request's fingerprint: a retried create with the same {@code Idempotency-Key} must carry the same one. Lines
     * in any order are the same request.
     */
    public String fingerprint(String accountNumber) {
        var text = new StringBuilder(accountNumber).append('\n');
        lines.stream().sorted(Comparator.comparing(PaymentLine::lineCode)).forEach(line -> text.append(line.lineCode())
                .append('=')
                .append(line.amountKopecks())
                .append('\n'));
        text.append(payer.name())
                .append('\n')
                .append(Objects.toString(payer.email(), ""))
                .append('\n')
                .append(Objects.toString(payer.phone(), ""));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
