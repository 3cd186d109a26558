package dev.kabinet.billing.receipts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.SimpleDimension2D;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * The payment QR code of a receipt (GOST R 56042-2014 text from {@link PaymentCode}): UTF-8 (as {@code ST00012}
 * declares), error correction M, a one-module quiet zone, encoded by ZXing and handed to JasperReports as a vector
 * drawing (docs/adr/0037): every row's runs of dark modules are rectangles of one path, filled once, so the PDF carries
 * a sharp QR code at any scale and no picture is encoded or decoded per receipt. (A {@code java.awt.Image} parameter
 * was encoded to a lossy JPEG by JasperReports on every fill; a PNG is decoded through ImageIO by the PDF library.)
 */
final class PaymentQrCode extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            1);

    /** Modules per side, quiet zone included. */
    private final int size;
    /** Dark modules, row by row: bit {@code y * size + x}. */
    private final BitSet dark;

    private PaymentQrCode(int size, BitSet dark) {
        this.size = size;
        this.dark = dark;
    }

    /** The QR code of a payment text. */
    static PaymentQrCode of(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
            int size = matrix.getWidth();
            var dark = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        dark.set(y * size + x);
                    }
                }
            }
            return new PaymentQrCode(size, dark);
        } catch (WriterException e) {
            throw new IllegalStateException("The payment code does not fit a QR code", e);
        }
    }

    int modules() {
        return size;
    }

    boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }

    /** A square of {@code size} points: one point per module (the template scales it to its box). */
    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new SimpleDimension2D(size, size);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        double side = Math.min(area.getWidth(), area.getHeight());
        double module = side / size;
        double left = area.getX() + (area.getWidth() - side) / 2;
        double top = area.getY() + (area.getHeight() - side) / 2;
        graphics.setColor(Color.WHITE);
        graphics.fill(new Rectangle2D.Double(left, top, side, side));
        var path = new Path2D.Double(Path2D.WIND_NON_ZERO, size * size / 4);
        for (int y = 0; y < size; y++) {
            int x = dark.nextSetBit(y * size);
            while (x >= 0 && x < (y + 1) * size) {
                int end = dark.nextClearBit(x);
                end = Math.min(end, (y + 1) * size);
                double x0 = left + (x - y * size) * module;
                double x1 = left + (end - y * size) * module;
                double y0 = top + y * module;
                double y1 = y0 + module;
                path.moveTo(x0, y0);
                path.lineTo(x1, y0);
                path.lineTo(x1, y1);
                path.lineTo(x0, y1);
                path.closePath();
                x = dark.nextSetBit(end);
            }
        }
        graphics.setColor(Color.BLACK);
        graphics.fill(path);
    }
}
