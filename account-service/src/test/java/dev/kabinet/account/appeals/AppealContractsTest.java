package dev.kabinet.account.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("AC-5 account.AppealSent.v1 conforms to its contract; the back office's answer needs its text")
class AppealContractsTest {

    @Test
    void theGoldenExamplesConform() {
        EventContracts.assertConforms(AppealSentV1.TYPE, EventContracts.goldenExample(AppealSentV1.TYPE));
        EventContracts.assertConforms(
                "backoffice.AppealUpdated.v1", EventContracts.goldenExample("backoffice.AppealUpdated.v1"));
    }

    @Test
    @DisplayName("AC-5 an appeal with a file conforms, without the file's bytes")
    void anAppealConforms() {
        var form = AppealForm.of(
                AppealType.PORTAL,
                Addressee.TECHNICAL_SUPPORT,
                "Ошибка",
                List.of(new AppealForm.Upload("screen.png", AppealFormTest.PNG)),
                new AppealsProperties(DataSize.ofMegabytes(5), 3));
        var appeal = Appeal.send("1000000011", form, Instant.parse("2026-11-29T10:00:00Z"));
        var file = new AppealAttachment(appeal.id(), 0, form.files().getFirst());

        var payload = JsonMapper.builder().build().writeValueAsString(AppealSentV1.of(appeal, List.of(file)));

        EventContracts.assertConforms(AppealSentV1.TYPE, payload);
        assertThat(payload)
                .contains("\"contentType\":\"image/png\"", "\"size\":12")
                .doesNotContain("content\"");
    }

    @Test
    void anAnswerWithoutTextBreaksTheContract() {
        assertThat(EventContracts.validate(
                        "backoffice.AppealUpdated.v1",
                        "{\"appealId\":\"0193f0b1-2a3b-7c4d-8e5f-6a7b8c9d0e1f\",\"accountNumber\":\"1000000011\","
                                + "\"status\":\"ANSWERED\",\"updatedAt\":\"2026-11-29T12:00:00Z\"}"))
                .isNotEmpty();
    }
}
