package dev.kabinet.payment.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** What a payment pays on one of billing's charge lines ({@code EL}, {@code EL_ODN}, {@code GAS}, ...), in kopecks. */
@Embeddable
public class PaymentLine {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,39}$");

    @Column(name = "line_code", nullable = false, length = 40)
    private String lineCode;

    @Column(name = "amount_kopecks", nullable = false)
    private long amountKopecks;

    protected PaymentLine() {}

    private PaymentLine(String lineCode, long amountKopecks) {
        if (lineCode == null || !CODE.matcher(lineCode).matches()) {
            throw new IllegalArgumentException("Not a charge line code");
        }
        if (amountKopecks <= 0) {
            throw new IllegalArgumentException("A line is paid more than zero kopecks");
        }
        this.lineCode = lineCode;
        this.amountKopecks = amountKopecks;
    }

    public static PaymentLine of(String lineCode, long amountKopecks) {
        return new PaymentLine(lineCode, amountKopecks);
    }

    public String lineCode() {
        return lineCode;
    }

    public long amountKopecks() {
        return amountKopecks;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PaymentLine line
                && lineCode.equals(line.lineCode)
                && amountKopecks == line.amountKopecks;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineCode, amountKopecks);
    }

    @Override
    public String toString() {
        return lineCode + "=" + amountKopecks;
    }
}
