package dev.kabinet.account.accounts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.account.accounts.ChargeKind;
import dev.kabinet.account.accounts.UtilityService;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The back office's side of the contract as account-service reads it: the golden examples, and what the schema refuses. */
@DisplayName("BO-1 backoffice.accounts: the contract and account-service's records of it")
class BackofficeAccountsContractTest {

    static final String UPSERTED = AccountUpsertedV1.TYPE;
    static final String CLOSED = AccountClosedV1.TYPE;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExamplesConformToTheirSchemas() {
        EventContracts.assertConforms(UPSERTED, EventContracts.goldenExample(UPSERTED));
        EventContracts.assertConforms(CLOSED, EventContracts.goldenExample(CLOSED));
    }

    @Test
    void theGoldenUpsertReadsIntoAnAccountRecord() {
        var record = json.readValue(EventContracts.goldenExample(UPSERTED), AccountUpsertedV1.class)
                .toRecord();

        assertThat(record.number()).isEqualTo("1000000011");
        assertThat(record.revision()).isEqualTo(7);
        assertThat(record.changedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(record.flatArea()).isEqualByComparingTo("54.30");
        assertThat(record.houseArea()).isEqualByComparingTo("3120.50");
        assertThat(record.rooms()).isEqualTo(2);
        assertThat(record.residents()).isEqualTo(3);
        assertThat(record.phone()).as("E.164").isEqualTo("+79161234567");
        assertThat(record.email()).isEqualTo("ivanova@kabinet.local");
        assertThat(record.preferences().billDelivery()).isEqualTo(BillDelivery.EMAIL);
        assertThat(record.services())
                .containsExactlyInAnyOrder(
                        UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.GAS_EQUIPMENT_MAINTENANCE);
        assertThat(record.chargeLines())
                .extracting(line -> line.code() + ":" + line.kind())
                .containsExactly(
                        "EL:CONSUMPTION",
                        "EL_ODN:COMMON_HOUSE",
                        "EL_PENALTY:PENALTY",
                        "GAS:CONSUMPTION",
                        "VDGO:MAINTENANCE");
        assertThat(record.chargeLines().get(4).kind()).isEqualTo(ChargeKind.MAINTENANCE);
        assertThat(record.meters()).hasSize(3);
        var retired = record.meters().get(2);
        assertThat(retired.zones()).containsExactly("T1", "T2");
        assertThat(retired.verificationDue()).isNull();
        assertThat(retired.retired()).isTrue();
        assertThat(record.meters().get(1).decimals()).isEqualTo(3);
    }

    @Test
    void theGoldenCloseReadsIntoItsRecord() {
        var closed = json.readValue(EventContracts.goldenExample(CLOSED), AccountClosedV1.class);

        assertThat(closed.accountNumber()).isEqualTo("1000000011");
        assertThat(closed.revision()).isEqualTo(8);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aMinimalRecordConformsAndGetsDefaultPreferences() {
        var minimal = GoldenEvent.of(UPSERTED)
                .without("flatNumber")
                .without("flatArea")
                .without("houseArea")
                .without("rooms")
                .without("phone")
                .without("email")
                .without("preferences")
                .with("chargeLines", List.of())
                .with("meters", List.of());
        EventContracts.assertConforms(UPSERTED, minimal.json());

        var record = json.readValue(minimal.json(), AccountUpsertedV1.class).toRecord();
        assertThat(record.preferences().emailInforming()).isFalse();
        assertThat(record.phone()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79161234567", "+380441234567", "89161234567", "8 916 123-45-67", "+7 (916) 123-45-67"})
    void takesE164AndRussianPhones(String phone) {
        EventContracts.assertConforms(
                UPSERTED, GoldenEvent.of(UPSERTED).with("phone", phone).json());
    }

    @Test
    @DisplayName("BO-1 AC-1 a private house with water and a remote-read three-zone meter (as the demo back office"
            + " generates them) conforms and reads into an account")
    void aHouseWithWaterAndAThreeZoneMeterReadsIntoAnAccount() {
        var house = GoldenEvent.of(UPSERTED)
                .with("address", "Тверская обл., Калининский р-н, д. Кривцово, ул. Луговая, д. 7")
                .without("flatNumber")
                .with("flatArea", "132.30")
                .with("houseArea", "132.30")
                .with("phone", "+7 (916) 123-45-67")
                .with("services", List.of("ELECTRICITY", "COLD_WATER", "HOT_WATER", "WASTEWATER"))
                .with(
                        "chargeLines",
                        List.of(
                                line("EL", "ELECTRICITY", "CONSUMPTION", "Электроэнергия"),
                                line("EL_PENALTY", "ELECTRICITY", "PENALTY", "Пени"),
                                line("CW", "COLD_WATER", "CONSUMPTION", "Холодное водоснабжение"),
                                line("HW", "HOT_WATER", "CONSUMPTION", "Горячее водоснабжение"),
                                line("WW", "WASTEWATER", "CONSUMPTION", "Водоотведение")))
                .with(
                        "meters",
                        List.of(
                                meter(Map.of(
                                        "id",
                                        10000000,
                                        "serialNumber",
                                        "ЭМ-10000000-2024",
                                        "zones",
                                        List.of("T1", "T2", "T3"),
                                        "remoteRead",
                                        true)),
                                meter(Map.of(
                                        "id",
                                        10000001,
                                        "serialNumber",
                                        "ХВ-10000001-2017",
                                        "service",
                                        "COLD_WATER",
                                        "digitCapacity",
                                        5,
                                        "decimals",
                                        3,
                                        "verificationDue",
                                        "2023-11-18")),
                                meter(Map.of(
                                        "id",
                                        10000002,
                                        "serialNumber",
                                        "ГВ-10000002-2020",
                                        "service",
                                        "HOT_WATER",
                                        "digitCapacity",
                                        5,
                                        "decimals",
                                        3)),
                                meter(Map.of(
                                        "id",
                                        10000003,
                                        "serialNumber",
                                        "ЭМ-10000003-1999",
                                        "digitCapacity",
                                        5,
                                        "decimals",
                                        0,
                                        "retired",
                                        true))));
        EventContracts.assertConforms(UPSERTED, house.json());

        var record = json.readValue(house.json(), AccountUpsertedV1.class).toRecord();

        assertThat(record.flatNumber()).isNull();
        assertThat(record.phone()).isEqualTo("+79161234567");
        assertThat(record.services()).contains(UtilityService.COLD_WATER, UtilityService.WASTEWATER);
        assertThat(record.meters())
                .extracting(meter -> meter.service() + ":" + String.join(",", meter.zones()))
                .containsExactly("ELECTRICITY:T1,T2,T3", "COLD_WATER:T1", "HOT_WATER:T1", "ELECTRICITY:T1");
        assertThat(record.meters().getFirst().remoteRead()).isTrue();
        assertThat(record.meters().getLast().retired()).isTrue();
    }

    private static Map<String, Object> line(String code, String service, String kind, String name) {
        return Map.of("code", code, "service", service, "kind", kind, "name", name);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                refused("a short account number", e -> e.with("accountNumber", "123456789")),
                refused("letters in the account number", e -> e.with("accountNumber", "10000000ab")),
                refused("revision 0", e -> e.with("revision", 0)),
                refused("a revision as text", e -> e.with("revision", "7")),
                refused("no owner", e -> e.without("ownerName")),
                refused("a blank owner", e -> e.with("ownerName", "   ")),
                refused("a control character in the address", e -> e.with("address", "ул.\u0000Лесная")),
                refused("an oversized address", e -> e.with("address", "д".repeat(501))),
                refused("an area with an exponent", e -> e.with("flatArea", "1E+5")),
                refused("a negative area", e -> e.with("houseArea", "-3120.50")),
                refused("an area as a number", e -> e.with("flatArea", 54.3)),
                refused("NaN rooms", e -> e.with("rooms", "NaN")),
                refused("negative residents", e -> e.with("residents", -1)),
                refused("a phone that is no phone", e -> e.with("phone", "12345")),
                refused("a phone with letters", e -> e.with("phone", "+7916CALLME")),
                refused("an e-mail without a domain", e -> e.with("email", "ivanova@")),
                refused("an e-mail with a space", e -> e.with("email", "iva nova@kabinet.local")),
                refused("an unknown service", e -> e.with("services", List.of("ELECTRICITY", "TELEPORT"))),
                refused("a service twice", e -> e.with("services", List.of("ELECTRICITY", "ELECTRICITY"))),
                refused("an unknown bill delivery", e -> e.with("preferences.billDelivery", "PIGEON")),
                refused(
                        "a meter with zones T2 only",
                        e -> e.with("meters", List.of(meter(Map.of("zones", List.of("T2")))))),
                refused("a meter of 10 digits", e -> e.with("meters", List.of(meter(Map.of("digitCapacity", 10))))),
                refused("a meter without its id", e -> e.with("meters", List.of(meterWithout("id")))),
                refused(
                        "a water-heating line code in lower case",
                        e -> e.with(
                                "chargeLines",
                                List.of(Map.of(
                                        "code", "el", "service", "ELECTRICITY", "kind", "CONSUMPTION", "name", "Э")))),
                refused("a property the contract does not have", e -> e.with("passport", "4510 123456")),
                refused("51 meters", e -> e.with("meters", java.util.Collections.nCopies(51, meter(Map.of())))));
    }

    private static Arguments refused(String what, UnaryOperator<GoldenEvent> change) {
        return Arguments.of(what, change.apply(GoldenEvent.of(UPSERTED)));
    }

    private static Map<String, Object> meter(Map<String, Object> overrides) {
        var meter = new java.util.LinkedHashMap<String, Object>(Map.of(
                "id",
                101,
                "serialNumber",
                "ЭМ-101-2019",
                "service",
                "ELECTRICITY",
                "zones",
                List.of("T1"),
                "digitCapacity",
                6,
                "decimals",
                1,
                "remoteRead",
                false,
                "retired",
                false));
        meter.putAll(overrides);
        return meter;
    }

    private static Map<String, Object> meterWithout(String name) {
        var meter = new java.util.LinkedHashMap<>(meter(Map.of()));
        meter.remove(name);
        return meter;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void theSchemaRefuses(String what, GoldenEvent event) {
        assertThat(EventContracts.validate(UPSERTED, event.json())).as(what).isNotEmpty();
    }

    @Test
    void theCloseSchemaRefusesAMissingDateAndAnotherProperty() {
        assertThat(EventContracts.validate(
                        CLOSED, GoldenEvent.of(CLOSED).without("closedOn").json()))
                .isNotEmpty();
        assertThat(EventContracts.validate(
                        CLOSED,
                        GoldenEvent.of(CLOSED).with("closedOn", "30.11.2026").json()))
                .isNotEmpty();
        assertThat(EventContracts.validate(
                        CLOSED, GoldenEvent.of(CLOSED).with("reason", "moved").json()))
                .isNotEmpty();
    }

    @Test
    @DisplayName("BO-1 a record the schema takes but no account can be is malformed, with the rule and no value")
    void aRecordThatCannotBeAnAccountIsMalformed() {
        var event = json.readValue(
                GoldenEvent.of(UPSERTED)
                        .with("services", List.of("ELECTRICITY"))
                        .with("chargeLines", List.of())
                        .json(),
                AccountUpsertedV1.class);

        assertThatThrownBy(() -> BackofficeAccounts.applying(event::toRecord))
                .isInstanceOf(MalformedEvent.class)
                .hasMessage("invalid-record: /meters/1/service not on the account");
    }
}
