package dev.kabinet.account.accounts;

import static dev.kabinet.account.accounts.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kabinet.platform.security.AccountNumber;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AC-1 account")
class AccountTest {

    @ParameterizedTest
    @ValueSource(strings = {"1000000011", "12345678901", "1234567890123"})
    void acceptsTenToThirteenDigits(String number) {
        assertThat(AccountNumber.isValid(number)).isTrue();
        assertThat(anAccount().number(number).build().number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789", "12345678901234", "10000000ab", "1000-00001", " 1000000011"})
    void refusesAnythingButTenToThirteenDigits(String number) {
        assertThat(AccountNumber.isValid(number)).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> anAccount().number(number).build());
    }

    @Test
    void listsServicesInCatalogueOrder() {
        var account = anAccount()
                .number("1000000011")
                .services(UtilityService.HEATING, UtilityService.ELECTRICITY, UtilityService.GAS)
                .build();

        assertThat(account.services())
                .containsExactly(UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.HEATING);
    }

    @Test
    void refusesImpossibleHouseholds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Account.of("1000000011", "Иванова", "адрес", BigDecimal.ZERO, 1, 1, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Account.of("1000000011", "Иванова", "адрес", null, -1, 1, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Account.of("1000000011", "Иванова", "адрес", null, null, -1, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Account.of("1000000011", " ", "адрес", null, null, 0, List.of()));
    }

    @Test
    void neverPrintsTheFullNumber() {
        assertThat(anAccount().number("1000000011").build()).hasToString("Account[10******11]");
    }
}
