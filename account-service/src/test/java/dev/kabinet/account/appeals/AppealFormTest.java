package dev.kabinet.account.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.problem.ProblemMessages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

@DisplayName("AC-5 an appeal's files are checked by their content, size and name")
class AppealFormTest {

    static final AppealsProperties LIMITS = new AppealsProperties(DataSize.ofMegabytes(5), 3);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    static AppealForm form(AppealForm.Upload... uploads) {
        return AppealForm.of(
                AppealType.PORTAL, Addressee.TECHNICAL_SUPPORT, "Ошибка на странице", List.of(uploads), LIMITS);
    }

    static FieldProblem refusal(AppealForm.Upload upload) {
        try {
            form(upload);
        } catch (AppealInvalid e) {
            return e.errors().getFirst();
        }
        throw new AssertionError("accepted " + upload.originalName());
    }

    @Test
    @DisplayName("AC-5 a JPEG, a PNG and a PDF with agreeing names are taken, typed by their bytes")
    void takesImagesAndPdf() {
        var form = form(
                new AppealForm.Upload("фото экрана.JPG", JPEG),
                new AppealForm.Upload("screen.png", PNG),
                new AppealForm.Upload("квитанция.pdf", PDF));

        assertThat(form.files())
                .extracting(f -> f.type().mediaType())
                .containsExactly("image/jpeg", "image/png", "application/pdf");
        assertThat(form.files().getFirst().fileName()).isEqualTo("фото экрана.JPG");
    }

    @Test
    @DisplayName("AC-5 a PDF named .png and an HTML file named .pdf are refused")
    void refusesWrongContentBehindARightExtension() {
        var pdfAsPng = refusal(new AppealForm.Upload("screen.png", PDF));
        var htmlAsPdf = refusal(new AppealForm.Upload("invoice.pdf", HTML));

        assertThat(pdfAsPng.field()).isEqualTo("files[0]");
        assertThat(ProblemMessages.russian(htmlAsPdf)).contains("invoice.pdf", "не изображение");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..\\..\\win.ini",
                "a/b.png",
                "..png",
                ".htaccess",
                "x\u0000.png",
                // a line break hid the path from a whole-name match: '.' does not match it
                "a\n\n../../x.pdf",
                "x\u2028../y.pdf",
                "x\u0085/../y.pdf",
                "x\r/etc.png"
            })
    @DisplayName("AC-5 a file name with a path, dots or control characters is refused")
    void refusesPathTricks(String name) {
        var problem = refusal(new AppealForm.Upload(name, PNG));

        assertThat(problem.code()).isEqualTo("field.appeal.file-name");
        assertThat(ProblemMessages.english(problem)).contains("rename");
    }

    @Test
    @DisplayName("AC-5 a file over 5 MB and a fourth file are refused")
    void refusesOversizedAndTooMany() {
        byte[] big = Arrays.copyOf(PNG, (int) DataSize.ofMegabytes(5).toBytes() + 1);
        assertThat(ProblemMessages.russian(refusal(new AppealForm.Upload("big.png", big))))
                .contains("больше 5 МБ");

        var png = new AppealForm.Upload("a.png", PNG);
        assertThatThrownBy(() -> form(png, png, png, png)).isInstanceOfSatisfying(AppealInvalid.class, e -> assertThat(
                        e.errors().getFirst().field())
                .isEqualTo("files"));
    }

    @Test
    @DisplayName("AC-5 odd characters in a name are replaced; the text is required")
    void sanitisesNamesAndNeedsText() {
        assertThat(form(new AppealForm.Upload("скрин<1>;$.png", PNG))
                        .files()
                        .getFirst()
                        .fileName())
                .isEqualTo("скрин_1___.png");
        assertThatThrownBy(() -> AppealForm.of(AppealType.OTHER, Addressee.CUSTOMER_SERVICE, "  ", List.of(), LIMITS))
                .isInstanceOfSatisfying(
                        AppealInvalid.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("text"));
    }
}
