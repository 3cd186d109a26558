package dev.kabinet.account.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.problem.ProblemMessages;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AC-4 a visit request's days and phone are checked; its status follows the back office's answers")
class VisitRequestFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static VisitRequestForm form(LocalDate from, LocalDate to, String phone) {
        return VisitRequestForm.of(VisitReason.SEAL_METER, null, from, to, phone, " домофон 12 ", TODAY);
    }

    @Test
    @DisplayName("AC-4 days from tomorrow and a phone typed the usual way are taken")
    void takesAFutureRange() {
        var form = form(TODAY.plusDays(1), TODAY.plusDays(3), "8 912 345-67-89");

        assertThat(form.contactPhone()).isEqualTo("+79123456789");
        assertThat(form.comment()).isEqualTo("домофон 12");
    }

    @Test
    @DisplayName("AC-4 today, a past day, a range ending before it starts and a bad phone are refused at once")
    void refusesPastAndInvertedRanges() {
        assertThatThrownBy(() -> form(TODAY, TODAY.minusDays(1), "12345"))
                .isInstanceOfSatisfying(VisitRequestInvalid.class, e -> {
                    assertThat(e.errors())
                            .extracting(FieldProblem::field)
                            .containsExactly("preferredFrom", "preferredTo", "contactPhone");
                    assertThat(ProblemMessages.russian(e.errors().getFirst())).contains("завтрашнего");
                });
    }

    @Test
    @DisplayName("AC-4 days more than 90 days ahead are refused")
    void refusesBeyondTheHorizon() {
        assertThatThrownBy(() -> form(TODAY.plusDays(91), TODAY.plusDays(92), "9123456789"))
                .isInstanceOfSatisfying(VisitRequestInvalid.class, e -> assertThat(
                                ProblemMessages.english(e.errors().getFirst()))
                        .contains("90 days"));
    }

    @Test
    @DisplayName("AC-4 accepted with a slot, then done; nothing changes it after that")
    void statusFollowsTheAnswers() {
        var request = VisitRequest.send(
                "1000000011", form(TODAY.plusDays(1), TODAY.plusDays(2), "9123456789"), Instant.EPOCH);
        var start = Instant.parse("2026-11-30T07:00:00Z");

        assertThatThrownBy(() -> request.update(VisitStatus.ACCEPTED, null, null, null, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(request.update(VisitStatus.ACCEPTED, start, start.plusSeconds(7200), null, Instant.EPOCH))
                .isTrue();
        assertThat(request.update(VisitStatus.DONE, null, null, null, Instant.EPOCH))
                .isTrue();
        assertThat(request.update(VisitStatus.CANCELLED, null, null, "поздно", Instant.EPOCH))
                .isFalse();

        assertThat(request.status()).isEqualTo(VisitStatus.DONE);
        assertThat(request.slotStart()).isEqualTo(start);
        assertThat(request.cancelReason()).isNull();
    }
}
