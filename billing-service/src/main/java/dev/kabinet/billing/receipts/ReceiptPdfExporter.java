package dev.kabinet.billing.receipts;

import com.lowagie.text.BadElementException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * JasperReports' PDF exporter with one cost of every export taken away (docs/adr/0037): under each image element it
 * places a transparent pixel (to carry links), which the stock exporter looks up on the class path and decodes through
 * ImageIO anew for every document, a good part of a one-page receipt's export. Here the pixel is built from its raw
 * bytes (1×1, grey 255, that grey transparent), the same image without the class path or ImageIO. Other PDF libraries
 * than OpenPDF ("classic") keep the stock way.
 */
final class ReceiptPdfExporter extends JRPdfExporter {

    @Override
    protected PdfImage getPxImage() {
        if (pxImage == null && pdfProducer instanceof ClassicPdfProducer) {
            try {
                pxImage = new ClassicImage(com.lowagie.text.Image.getInstance(
                        1, 1, 1, 8, new byte[] {(byte) 0xff}, new int[] {0xff, 0xff}));
            } catch (BadElementException e) {
                throw new JRRuntimeException(e);
            }
        }
        return super.getPxImage();
    }
}
