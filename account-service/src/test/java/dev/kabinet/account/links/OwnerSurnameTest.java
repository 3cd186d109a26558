package dev.kabinet.account.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ID-1 the owner's surname as a resident may type it")
class OwnerSurnameTest {

    @ParameterizedTest
    @ValueSource(strings = {"Семёнова", "семенова", "СЕМЕНОВА", "  сЕмЁнОвА  ", "Семенова\u00A0"})
    @DisplayName("ID-1 case, ё/е and spaces around do not matter")
    void matchesAnyCaseAndYo(String typed) {
        assertThat(OwnerSurname.matches(typed, "Семёнова Ольга Ивановна")).isTrue();
    }

    @Test
    @DisplayName("ID-1 a double surname matches with any dash and spaces around it")
    void doubleSurname() {
        assertThat(OwnerSurname.matches("Римская – корсакова", "Римская-Корсакова Анна"))
                .isTrue();
    }

    @Test
    @DisplayName("ID-1 another surname, the first name or a blank entry do not match")
    void others() {
        assertThat(OwnerSurname.matches("Иванова", "Семёнова Ольга Ивановна")).isFalse();
        assertThat(OwnerSurname.matches("Ольга", "Семёнова Ольга Ивановна")).isFalse();
        assertThat(OwnerSurname.matches(" ", "Семёнова Ольга Ивановна")).isFalse();
        assertThat(OwnerSurname.matches("Семёнова Ольга", "Семёнова Ольга Ивановна"))
                .isFalse();
    }

    @Test
    @DisplayName("ID-1 a meter's serial number ignores case, spaces and dashes")
    void serial() {
        assertThat(OwnerSurname.serial("сч 501")).isEqualTo(OwnerSurname.serial("СЧ-501"));
        assertThat(OwnerSurname.serial(null)).isEmpty();
    }
}
