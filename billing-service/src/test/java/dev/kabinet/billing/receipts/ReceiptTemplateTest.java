package dev.kabinet.billing.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.receipts.ReceiptSettings.Payee;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The receipt as a resident gets it (BL-3): the PDF is rendered from the compiled template, then read back the way a
 * bank app and a person would — PDFBox draws the page, ZXing decodes the QR code from the picture, PDFBox extracts the
 * text.
 */
@DisplayName("BL-3 the receipt PDF: A4 portrait, Cyrillic fonts embedded, the GOST R 56042-2014 QR code and the sums")
class ReceiptTemplateTest {

    static final Payee PAYEE = new Payee(
            "АО «Кабинет-Энерго»",
            "40702810900000000001",
            "ПАО «Демо-Банк»",
            "044525000",
            "30101810400000000225",
            "7700000000",
            "770001001",
            "101000, г. Москва, ул. Примерная, д. 1",
            "8 800 000-00-00");

    static ReceiptTemplate template;

    @BeforeAll
    static void compileOnce() {
        template = new ReceiptTemplate();
    }

    /** October 2026: electricity 1 572,00 ₽ due (opening 1 000, charged 1 072, paid 500), ОДН 48,30, penalty 3,80 less a 1,00 credit: 1 623,10 to pay. */
    static Receipt anOctoberReceipt() {
        return new Receipt(
                PAYEE,
                "7712345678901",
                YearMonth.of(2026, 10),
                LocalDate.of(2026, 11, 10),
                "за октябрь 2026 г.",
                List.of(
                        new Receipt.Line("EL", "Электроэнергия", 100_000, 107_200, 0, 50_000),
                        new Receipt.Line("EL_ODN", "Электроэнергия ОДН", 0, 4_830, 0, 0),
                        new Receipt.Line("EL_PENALTY", "Пени", 0, 380, -100, 0)),
                List.of("№ 101 (электроэнергия), T1: 1234,5 → 1300"));
    }

    @Test
    @DisplayName("BL-3 the QR code decoded from the rendered page carries every field in the standard's order")
    void qrCodeDecodesToThePaymentFields() throws Exception {
        var receipt = anOctoberReceipt();
        try (var pdf = Loader.loadPDF(template.render(List.of(receipt)))) {
            var fields = ReceiptPdfs.decodeQr(pdf, 0);

            assertThat(fields.keySet())
                    .containsExactly(
                            "Name",
                            "PersonalAcc",
                            "BankName",
                            "BIC",
                            "CorrespAcc",
                            "PayeeINN",
                            "KPP",
                            "Sum",
                            "Purpose",
                            "PersAcc",
                            "PaymPeriod",
                            "TechCode");
            assertThat(fields)
                    .containsEntry("Name", "АО «Кабинет-Энерго»")
                    .containsEntry("PersonalAcc", "40702810900000000001")
                    .containsEntry("BankName", "ПАО «Демо-Банк»")
                    .containsEntry("BIC", "044525000")
                    .containsEntry("CorrespAcc", "30101810400000000225")
                    .containsEntry("PayeeINN", "7700000000")
                    .containsEntry("KPP", "770001001")
                    .containsEntry("Sum", "162310")
                    .containsEntry("Purpose", "Оплата ЖКУ за 10.2026, л/с 7712345678901")
                    .containsEntry("PersAcc", "7712345678901")
                    .containsEntry("PaymPeriod", "102026")
                    .containsEntry("TechCode", "02");
        }
    }

    @Test
    @DisplayName("BL-3 the text extracted from the PDF has each line's sums and the total to pay, in roubles")
    void textHasTheSums() throws Exception {
        try (var pdf = Loader.loadPDF(template.render(List.of(anOctoberReceipt())))) {
            var text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');

            assertThat(text)
                    .contains("ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ за октябрь 2026 г.")
                    .contains("7712345678901")
                    .contains("10.11.2026")
                    .contains("Электроэнергия ОДН")
                    .contains("1 000,00", "1 072,00", "500,00", "1 572,00")
                    .contains("48,30")
                    .contains("−1,00", "2,80")
                    .contains("1 623,10")
                    .contains("T1: 1234,5 → 1300");
        }
    }

    @Test
    @DisplayName("BL-3 A4 portrait, every font embedded (Cyrillic prints on any computer)")
    void a4PortraitWithEmbeddedFonts() throws Exception {
        try (var pdf = Loader.loadPDF(template.render(List.of(anOctoberReceipt())))) {
            var page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight())
                    .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            var resources = page.getResources();
            var fonts = new java.util.ArrayList<PDFont>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVu");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    @DisplayName("BL-3 receipts issued separately are pages of their own, each with its own total in its QR code")
    void separateReceiptsArePagesOfTheirOwn() throws Exception {
        var gas = new Receipt(
                PAYEE,
                "7712345678901",
                YearMonth.of(2026, 10),
                LocalDate.of(2026, 11, 10),
                "за октябрь 2026 г. — Газ",
                List.of(new Receipt.Line("GAS", "Газ", 0, 61_234, 0, 0)),
                List.of());
        try (var pdf = Loader.loadPDF(template.render(List.of(anOctoberReceipt(), gas)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(ReceiptPdfs.decodeQr(pdf, 0)).containsEntry("Sum", "162310");
            assertThat(ReceiptPdfs.decodeQr(pdf, 1)).containsEntry("Sum", "61234");
        }
    }

    @Test
    @DisplayName("BL-3 nothing to pay (an advance): the QR code leaves Sum out for the payer to enter")
    void anAdvanceLeavesTheSumOut() {
        var advance = new Receipt(
                PAYEE,
                "7712345678901",
                YearMonth.of(2026, 10),
                LocalDate.of(2026, 11, 10),
                "за октябрь 2026 г.",
                List.of(new Receipt.Line("EL", "Электроэнергия", 0, 10_000, 0, 50_000)),
                List.of());

        assertThat(advance.totalKopecks()).isZero();
        assertThat(PaymentCode.fields(advance)).doesNotContainKey("Sum").containsEntry("PaymPeriod", "102026");
        assertThat(advance.paymentCode()).startsWith("ST00012|Name=АО «Кабинет-Энерго»|PersonalAcc=");
    }
}
