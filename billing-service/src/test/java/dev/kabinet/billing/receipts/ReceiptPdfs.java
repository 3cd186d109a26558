package dev.kabinet.billing.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a receipt PDF back as a bank app would: PDFBox draws the page, ZXing decodes the payment QR code on it. */
public final class ReceiptPdfs {

    private ReceiptPdfs() {}

    /** The fields of the QR code on page {@code page} (from 0), in their order, after the {@code ST00012} header. */
    public static Map<String, String> decodeQr(PDDocument pdf, int page) throws Exception {
        var image = new PDFRenderer(pdf).renderImageWithDPI(page, 200, ImageType.GRAY);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        var text = new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
        assertThat(text).startsWith("ST00012|");
        var fields = new LinkedHashMap<String, String>();
        for (var pair : text.substring("ST00012|".length()).split("\\|")) {
            var at = pair.indexOf('=');
            fields.put(pair.substring(0, at), pair.substring(at + 1));
        }
        return fields;
    }
}
