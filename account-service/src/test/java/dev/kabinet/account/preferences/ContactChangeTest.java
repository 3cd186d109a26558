package dev.kabinet.account.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.problem.ProblemMessages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AC-3 the contact a resident types is checked and normalised")
class ContactChangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"9123456789", "89123456789", "+79123456789", "+7 (912) 345-67-89", "8 912 345 67 89"})
    @DisplayName("AC-3 a Russian mobile number typed any usual way is kept in E.164")
    void normalisesRussianMobileNumbers(String typed) {
        var change = ContactChange.of(typed, null, true, false, BillDelivery.PAPER);

        assertThat(change.phone()).isEqualTo("+79123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "4951234567", "+74951234567", "+442079460958", "912345678", "991234567890", "abc"})
    @DisplayName("AC-3 a landline, a foreign or a short number is refused with an example of the right form")
    void refusesOtherNumbers(String typed) {
        assertThatThrownBy(() -> ContactChange.of(typed, null, false, false, BillDelivery.PAPER))
                .isInstanceOfSatisfying(ContactPreferencesInvalid.class, e -> {
                    FieldProblem problem = e.errors().getFirst();
                    assertThat(problem.field()).isEqualTo("phone");
                    assertThat(ProblemMessages.russian(problem)).contains("9123456789");
                    assertThat(ProblemMessages.english(problem)).contains("mobile");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@", "anna", "anna@mail", "an na@mail.ru", "a@b@c.ru"})
    @DisplayName("AC-3 an e-mail that is no address is refused")
    void refusesBadEmails(String typed) {
        assertThatThrownBy(() -> ContactChange.of(null, typed, false, false, BillDelivery.PAPER))
                .isInstanceOfSatisfying(
                        ContactPreferencesInvalid.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("email"));
    }

    @Test
    @DisplayName("AC-3 blank contact means none; informing then needs the contact")
    void blankMeansNone() {
        var none = ContactChange.of(" ", "", false, false, BillDelivery.PAPER);
        assertThat(none.phone()).isNull();
        assertThat(none.email()).isNull();

        assertThatThrownBy(() -> ContactChange.of("", "", true, true, BillDelivery.EMAIL))
                .isInstanceOfSatisfying(ContactPreferencesInvalid.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("phone", "email"));
    }

    @Test
    @DisplayName("AC-3 the e-mail is kept as typed, without surrounding spaces")
    void keepsTheEmail() {
        assertThat(ContactChange.of(null, " anna@example.ru ", false, true, BillDelivery.EMAIL)
                        .email())
                .isEqualTo("anna@example.ru");
    }
}
