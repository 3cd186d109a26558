package dev.kabinet.account.accounts;

import static dev.kabinet.account.accounts.AccountBuilder.aMeter;
import static dev.kabinet.account.accounts.AccountBuilder.anAccount;
import static dev.kabinet.account.accounts.AccountBuilder.anElectricityAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AC-1 / BO-1 account and the back office's record of it")
class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-29T11:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"1000000011", "12345678901", "1234567890123"})
    void acceptsTenToThirteenDigits(String number) {
        assertThat(anAccount().number(number).build().number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789", "12345678901234", "10000000ab", "1000-00001", " 1000000011"})
    void refusesAnythingButTenToThirteenDigits(String number) {
        assertThatThrownBy(() -> anAccount().number(number).record()).isInstanceOf(AccountRecordInvalid.class);
    }

    @Test
    void listsServicesInCatalogueOrder() {
        var account = anAccount()
                .services(UtilityService.HEATING, UtilityService.ELECTRICITY, UtilityService.GAS)
                .build();

        assertThat(account.services())
                .containsExactly(UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.HEATING);
    }

    @Test
    @DisplayName("AC-1 the account holds everything the record says: areas, rooms, residents, contact, lines, meters")
    void holdsTheWholeRecord() {
        var account = AccountBuilder.ivanovasFlat12().build();

        assertThat(account.totalArea()).isEqualByComparingTo("54.30");
        assertThat(account.houseArea()).isEqualByComparingTo("3120.50");
        assertThat(account.rooms()).isEqualTo(2);
        assertThat(account.residents()).isEqualTo(3);
        assertThat(account.flatNumber()).isEqualTo("12");
        assertThat(account.phone()).isEqualTo("+79160000011");
        assertThat(account.email()).isEqualTo("ivanova@kabinet.local");
        assertThat(account.chargeLines()).extracting(ChargeLine::code).containsExactly("EL", "EL_ODN", "EL_PENALTY");
        assertThat(account.meters()).extracting(Meter::id).containsExactly(101L);
        assertThat(account.closed()).isFalse();
        assertThat(account.sequence()).isEqualTo(1);
        assertThat(account.backofficeRevision()).isEqualTo(1);
    }

    @Test
    @DisplayName("BO-1 a Russian phone number is kept in E.164")
    void keepsTheRussianPhoneInE164() {
        for (var phone : new String[] {"8 916 123-45-67", "+7 (916) 123-45-67", "89161234567", "+79161234567"}) {
            assertThat(anAccount().contact(phone, null).build().phone())
                    .as(phone)
                    .isEqualTo("+79161234567");
        }
    }

    @Test
    @DisplayName("BO-1 without preferences: no SMS, e-mail informing when there is an e-mail, the bill on paper")
    void defaultsThePreferences() {
        assertThat(anAccount().contact(null, "a@b.ru").build().preferences())
                .isEqualTo(new Preferences(false, true, BillDelivery.PAPER));
        assertThat(anAccount().build().preferences()).isEqualTo(new Preferences(false, false, BillDelivery.PAPER));
    }

    @Nested
    @DisplayName("BO-1 a record that cannot be an account is refused with where and which rule, no value")
    class InvalidRecords {

        @Test
        void aMeterOfAServiceTheAccountDoesNotHave() {
            assertInvalid(
                    anElectricityAccount()
                            .meters(aMeter(1, UtilityService.ELECTRICITY, "T1"), aMeter(2, UtilityService.GAS, "T1")),
                    "/meters/1/service not on the account");
        }

        @Test
        void theSameMeterTwice() {
            assertInvalid(
                    anElectricityAccount()
                            .meters(
                                    aMeter(7, UtilityService.ELECTRICITY, "T1"),
                                    aMeter(7, UtilityService.ELECTRICITY, "T1", "T2")),
                    "/meters/1/id repeated");
        }

        @Test
        void aChargeLineOfAServiceTheAccountDoesNotHave() {
            assertInvalid(
                    anElectricityAccount()
                            .chargeLines(ChargeLine.of(
                                    "VDGO", UtilityService.GAS_EQUIPMENT_MAINTENANCE, ChargeKind.MAINTENANCE, "ВДГО")),
                    "/chargeLines/0/service not on the account");
        }

        @Test
        void theSameChargeLineCodeTwice() {
            var line = ChargeLine.of("EL", UtilityService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия");
            assertInvalid(anElectricityAccount().chargeLines(line, line), "/chargeLines/1/code repeated");
        }

        @Test
        void aFlatLargerThanItsHouse() {
            assertInvalid(
                    anAccount().household(new BigDecimal("80.00"), 2, 1).houseArea(new BigDecimal("79.99")),
                    "/flatArea larger than /houseArea");
        }

        @Test
        void impossibleHouseholds() {
            assertInvalid(anAccount().household(BigDecimal.ZERO, 1, 1), "/flatArea not positive");
            assertInvalid(anAccount().household(null, -1, 1), "/rooms negative");
            assertInvalid(anAccount().household(null, null, -1), "/residents negative");
            assertInvalid(anAccount().ownerName(" "), "/ownerName blank");
            assertInvalid(anAccount().contact("12345", null), "/phone neither E.164 nor a Russian number");
        }

        private void assertInvalid(AccountBuilder builder, String reason) {
            assertThatThrownBy(builder::record)
                    .isInstanceOf(AccountRecordInvalid.class)
                    .hasMessage(reason);
        }
    }

    @Nested
    @DisplayName("BO-1 records apply in revision order")
    class Revisions {

        @Test
        void aNewerRecordReplacesEverythingAndCountsAChange() {
            var account = anElectricityAccount().revision(3).build();

            boolean applied = account.apply(
                    anAccount()
                            .revision(4)
                            .ownerName("Новый Владелец")
                            .household(new BigDecimal("40.5"), 1, 2)
                            .services(UtilityService.GAS)
                            .meters(aMeter(55, UtilityService.GAS, "T1"))
                            .record(),
                    LATER);

            assertThat(applied).isTrue();
            assertThat(account.ownerName()).isEqualTo("Новый Владелец");
            assertThat(account.totalArea()).isEqualByComparingTo("40.50");
            assertThat(account.services()).containsExactly(UtilityService.GAS);
            assertThat(account.chargeLines()).isEmpty();
            assertThat(account.meters()).extracting(Meter::id).containsExactly(55L);
            assertThat(account.backofficeRevision()).isEqualTo(4);
            assertThat(account.sequence()).isEqualTo(2);
            assertThat(account.changedAt()).isEqualTo(LATER);
        }

        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3})
        @DisplayName("BO-1 an older or the same revision changes nothing")
        void anOlderOrTheSameRevisionChangesNothing(long revision) {
            var account = anElectricityAccount().revision(3).build();

            boolean applied = account.apply(
                    anAccount().revision(revision).ownerName("Старый").record(), LATER);

            assertThat(applied).isFalse();
            assertThat(account.ownerName()).isEqualTo("Владелец Тестовый");
            assertThat(account.meters()).hasSize(1);
            assertThat(account.sequence()).isEqualTo(1);
        }

        @Test
        @DisplayName("BO-1 a close marks the account closed and keeps what it holds")
        void aCloseMarksItClosedAndKeepsItsRecord() {
            var account = anElectricityAccount().revision(3).build();

            assertThat(account.close(4, LocalDate.parse("2026-11-30"), LATER)).isTrue();

            assertThat(account.closed()).isTrue();
            assertThat(account.closedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(account.meters()).hasSize(1);
            assertThat(account.sequence()).isEqualTo(2);
            assertThat(account.close(4, LocalDate.parse("2026-12-01"), LATER))
                    .as("the same revision again")
                    .isFalse();
            assertThat(account.closedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
        }

        @Test
        @DisplayName(
                "BO-1 an older close after a newer record changes nothing; a newer record reopens a closed account")
        void closesAndReopensOnlyByNewerRevisions() {
            var account = anElectricityAccount().revision(5).build();
            assertThat(account.close(4, LocalDate.parse("2026-11-30"), LATER)).isFalse();
            assertThat(account.closed()).isFalse();

            account.close(6, LocalDate.parse("2026-11-30"), LATER);
            assertThat(account.apply(anElectricityAccount().revision(7).record(), LATER))
                    .isTrue();

            assertThat(account.closed()).isFalse();
            assertThat(account.closedOn()).isNull();
            assertThat(account.sequence()).isEqualTo(3);
        }

        @Test
        void refusesARecordOfAnotherAccount() {
            var account = anAccount().number("1000000011").build();

            assertThatThrownBy(() -> account.apply(
                            anAccount().number("1000000012").revision(2).record(), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void neverPrintsTheFullNumber() {
        assertThat(anAccount().number("1000000011").build()).hasToString("Account[10******11]");
    }
}
