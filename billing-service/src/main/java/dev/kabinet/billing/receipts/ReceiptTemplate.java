package dev.kabinet.billing.receipts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

/**
 * The receipt's JasperReports template ({@code receipts/receipt.jrxml}, BL-3), compiled once when the application
 * starts, never per request, and filled for each receipt: A4 portrait PDF with DejaVu Sans embedded (Cyrillic) and the
 * payment QR code of GOST R 56042-2014 drawn by ZXing. A compiled report is immutable and fills from many threads.
 */
@Component
public class ReceiptTemplate {

    private static final String SOURCE = "/receipts/receipt.jrxml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("LLLL yyyy 'г.'", Locale.forLanguageTag("ru"));

    private final JasperReport report;

    public ReceiptTemplate() {
        this.report = compile();
    }

    /** The compiled template, for a benchmark of raw fill and export against {@link #render}. */
    public JasperReport report() {
        return report;
    }

    private static JasperReport compile() {
        try (InputStream source = ReceiptTemplate.class.getResourceAsStream(SOURCE)) {
            if (source == null) {
                throw new IllegalStateException(SOURCE + " is not on the classpath");
            }
            return JasperCompileManager.compileReport(source);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("The receipt template does not compile", e);
        }
    }

    /** One PDF of the receipts, each on its own page(s), in their order. */
    public byte[] render(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            throw new IllegalArgumentException("No receipt to render");
        }
        try {
            var prints = new ArrayList<JasperPrint>(receipts.size());
            for (var receipt : receipts) {
                prints.add(JasperFillManager.fillReport(report, parameters(receipt), rows(receipt)));
            }
            return export(prints);
        } catch (JRException e) {
            throw new IllegalStateException("The receipt could not be rendered", e);
        }
    }

    /** The template's parameters of a receipt (the QR code drawn here). */
    public static Map<String, Object> parameters(Receipt receipt) {
        var payee = receipt.payee();
        var parameters = new HashMap<String, Object>();
        parameters.put("documentTitle", receipt.title());
        parameters.put("payeeName", payee.name());
        parameters.put(
                "payeeDetails",
                "ИНН " + payee.inn() + (payee.kpp().isEmpty() ? "" : ", КПП " + payee.kpp()) + "\nр/с "
                        + payee.personalAcc() + " в " + payee.bankName() + "\nБИК " + payee.bic()
                        + (payee.correspAcc().isEmpty() ? "" : ", к/с " + payee.correspAcc()));
        parameters.put(
                "payeeContacts",
                String.join(
                        ", ",
                        List.of(payee.address(), payee.phone()).stream()
                                .filter(s -> !s.isBlank())
                                .toList()));
        parameters.put("accountNumber", receipt.accountNumber());
        parameters.put("period", receipt.period().atDay(1).format(MONTH));
        parameters.put("dueDate", receipt.dueDate().format(DAY));
        parameters.put("total", Money.rubles(receipt.totalKopecks()));
        parameters.put(
                "meters",
                receipt.meters().isEmpty()
                        ? ""
                        : "Показания счётчиков (предыдущее → текущее):\n" + String.join("\n", receipt.meters()));
        parameters.put("qrCode", PaymentQrCode.of(receipt.paymentCode()));
        return parameters;
    }

    /** The template's rows of a receipt: one per charge line, money written in roubles. */
    public static JRMapCollectionDataSource rows(Receipt receipt) {
        var rows = new ArrayList<Map<String, ?>>();
        for (var line : receipt.lines()) {
            rows.add(Map.of(
                    "name", line.name(),
                    "opening", Money.rubles(line.openingKopecks()),
                    "charges", Money.rubles(line.chargesKopecks()),
                    "recalculations", Money.rubles(line.recalculationsKopecks()),
                    "payments", Money.rubles(line.paymentsKopecks()),
                    "closing", Money.rubles(line.closingKopecks())));
        }
        return new JRMapCollectionDataSource(rows);
    }

    /** Exports filled receipts to one PDF. */
    public static byte[] export(List<JasperPrint> prints) throws JRException {
        var pdf = new ByteArrayOutputStream(64 * 1024);
        var exporter = new ReceiptPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        var configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle("Единый платёжный документ");
        configuration.setMetadataCreator("Kabinet");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        return pdf.toByteArray();
    }
}
