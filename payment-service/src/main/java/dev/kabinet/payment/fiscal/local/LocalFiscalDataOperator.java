package dev.kabinet.payment.fiscal.local;

import dev.kabinet.payment.fiscal.FiscalDataOperator;
import dev.kabinet.payment.fiscal.FiscalDocument;
import dev.kabinet.payment.fiscal.FiscalOperatorUnavailable;
import dev.kabinet.payment.fiscal.FiscalReceiptRequest;
import dev.kabinet.payment.fiscal.FiscalSettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A fiscal data operator of its own (dev, tests and the demo; docs/adr/0034): numbers documents from a sequence, signs
 * each with an HMAC of its storage number, document number, time and sum cut to the 32 bits a fiscal sign has, and keeps
 * one document per payment in {@code local_fiscal_document}, so registering a payment again answers the same
 * document. A real operator (ОФД over a cloud cash register) is another implementation of the port.
 */
@Component
class LocalFiscalDataOperator implements FiscalDataOperator {

    private final JdbcTemplate jdbc;
    private final FiscalSettings settings;
    private final Clock clock;

    LocalFiscalDataOperator(JdbcTemplate jdbc, FiscalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public FiscalDocument register(FiscalReceiptRequest receipt) {
        try {
            var earlier = find(receipt);
            if (!earlier.isEmpty()) {
                return earlier.getFirst();
            }
            long number = jdbc.queryForObject("select nextval('local_fiscal_document_number')", Long.class);
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            String storage = settings.local().storageNumber();
            jdbc.update(
                    """
                    insert into local_fiscal_document
                           (payment_id, document_number, fiscal_sign, storage_number, registered_at, amount_kopecks)
                    values (?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing""",
                    receipt.paymentId(),
                    number,
                    sign(storage, number, at, receipt.amountKopecks()),
                    storage,
                    Timestamp.from(at),
                    receipt.amountKopecks());
            return find(receipt).getFirst();
        } catch (DataAccessException e) {
            throw new FiscalOperatorUnavailable("the local fiscal register failed", e);
        }
    }

    private List<FiscalDocument> find(FiscalReceiptRequest receipt) {
        return jdbc.query(
                "select document_number, fiscal_sign, storage_number, registered_at from local_fiscal_document"
                        + " where payment_id = ?",
                (row, n) -> new FiscalDocument(
                        Long.toString(row.getLong(1)),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant()),
                receipt.paymentId());
    }

    /** The fiscal sign (ФП): 32 bits of an HMAC-SHA256 of the document's storage, number, time and sum. */
    String sign(String storageNumber, long documentNumber, Instant at, long amountKopecks) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.local().signingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((storageNumber + "|" + documentNumber + "|" + at.getEpochSecond() + "|" + amountKopecks)
                            .getBytes(StandardCharsets.UTF_8));
            return Long.toString(Integer.toUnsignedLong(ByteBuffer.wrap(digest).getInt()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
