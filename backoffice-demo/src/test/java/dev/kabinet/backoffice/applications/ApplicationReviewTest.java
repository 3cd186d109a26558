package dev.kabinet.backoffice.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.accounts.AccountsProperties;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BO-4 the demo back office approves the owner with the account's meter, otherwise not the owner")
class ApplicationReviewTest {

    final ApplicationReview review = new ApplicationReview(new AccountsProperties(50, 20261129, 1, "t"));

    @Test
    @DisplayName("BO-4 the owner's surname (any case, ё/е) and a working meter of the account: approved, with the"
            + " same owner's extra accounts only")
    void approvesTheOwner() {
        var verdict = review.review("1000000011", "ИВАНОВА", "эм 101-2019", List.of("1000000012", "2000000021"));
        assertThat(verdict.approved()).isTrue();
        assertThat(verdict.accountNumbers()).containsExactly("1000000011", "1000000012");
        assertThat(review.review("2000000021", "Петров", "ЭМ-201-2018", List.of())
                        .approved())
                .isTrue();
    }

    @Test
    @DisplayName(
            "BO-4 a wrong surname, another account's meter or an unknown account: rejected with manual 000's reason")
    void rejectsWhoIsNotTheOwner() {
        for (var verdict : List.of(
                review.review("1000000011", "Петров", "ЭМ-101-2019", List.of()),
                review.review("1000000011", "Иванова", "ЭМ-201-2018", List.of()),
                review.review("9999999999", "Иванова", "ЭМ-101-2019", List.of()),
                review.review("3000000999", "Иванова", "ЭМ-101-2019", List.of()))) {
            assertThat(verdict.approved()).isFalse();
            assertThat(verdict.reason())
                    .isEqualTo(ApplicationReview.NOT_THE_OWNER)
                    .contains("неверно указаны ФИО");
        }
    }

    @Test
    @DisplayName("BO-4 a generated account's owner is approved with its own meter")
    void generatedAccounts() {
        var account = review.find("3000000007").orElseThrow();
        var surname = account.ownerName().split(" ")[0];
        var serial = account.meters().stream()
                .filter(meter -> !meter.retired())
                .findFirst()
                .orElseThrow()
                .serialNumber();
        assertThat(review.review("3000000007", surname, serial, List.of()).approved())
                .isTrue();
    }
}
