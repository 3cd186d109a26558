package dev.kabinet.account.preferences;

import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat12;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountChangedV1;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.account.accounts.Preferences;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * AC-3 against real Keycloak tokens, PostgreSQL and Kafka: ivanova changes the contact and preferences of her account
 * 1000000011; the change is stored, audited (who, which fields, no values) and published for the back office and for
 * Kabinet's projections. A refused change stores and publishes nothing.
 */
@KabinetIntegrationTest
@DisplayName("AC-3 preferences: contact and informing, saved, audited and sent to the back office")
class PreferencesIT {

    static final String NUMBER = "1000000011";
    static final String PATH = "/api/v1/accounts/" + NUMBER + "/preferences";
    static final Duration PATIENCE = ServiceApi.PATIENCE;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        jdbc.update("delete from account where number = ?", NUMBER);
        jdbc.update("delete from audit_entry where target = ?", NUMBER);
        accounts.save(ivanovasFlat12()
                .preferences(new Preferences(false, true, BillDelivery.PAPER))
                .build());
    }

    static String body(String phone, String email, boolean sms, boolean emailInforming, String bill) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("phone", phone);
        map.put("email", email);
        map.put("smsInforming", sms);
        map.put("emailInforming", emailInforming);
        map.put("billDelivery", bill);
        return JSON.writeValueAsString(map);
    }

    @Test
    @DisplayName("AC-3 ivanova sees her contact and preferences")
    void ivanovaSeesHerPreferences() {
        var response = api.as("ivanova").get(PATH);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var view = response.json();
        assertThat(view.get("phone").asString()).isEqualTo("+79160000011");
        assertThat(view.get("email").asString()).isEqualTo("ivanova@kabinet.local");
        assertThat(view.get("smsInforming").asBoolean()).isFalse();
        assertThat(view.get("emailInforming").asBoolean()).isTrue();
        assertThat(view.get("billDelivery").asString()).isEqualTo("PAPER");
    }

    @Test
    @DisplayName("AC-3 a saved change is normalised, stored, audited and sent to the back office and the projections")
    void aSavedChangeIsStoredAuditedAndPublished() {
        try (var toBackoffice = KafkaProbe.listen("account.contact-changes");
                var toProjections = KafkaProbe.listen("account.accounts")) {
            var response =
                    api.as("ivanova").put(PATH, body("8 (912) 345-67-89", "anna@example.ru", true, true, "EMAIL"));

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.json().get("phone").asString()).isEqualTo("+79123456789");
            assertThat(api.as("ivanova").get(PATH).json().get("billDelivery").asString())
                    .isEqualTo("EMAIL");

            var sent = toBackoffice.await(record -> NUMBER.equals(record.key()), PATIENCE);
            assertThat(KafkaProbe.header(sent, "ce_type")).isEqualTo(ContactChangedV1.TYPE);
            EventContracts.assertConforms(ContactChangedV1.TYPE, sent.value());
            var event = JSON.readTree(sent.value());
            assertThat(event.get("phone").asString()).isEqualTo("+79123456789");
            assertThat(event.get("changedBy").asString()).isEqualTo("RESIDENT");
            assertThat(event.get("changedFields").toString())
                    .isEqualTo("[\"phone\",\"email\",\"smsInforming\",\"billDelivery\"]");

            var changed = toProjections.await(record -> NUMBER.equals(record.key()), PATIENCE);
            EventContracts.assertConforms(AccountChangedV1.TYPE, changed.value());
            var account = JSON.readTree(changed.value());
            assertThat(account.get("contact").get("email").asString()).isEqualTo("anna@example.ru");
            assertThat(account.get("preferences").get("smsInforming").asBoolean())
                    .isTrue();
            assertThat(account.get("sequence").asLong())
                    .isEqualTo(event.get("sequence").asLong());
        }
        var audit =
                jdbc.queryForList("select actor, actor_role, action, fields from audit_entry where target = ?", NUMBER);
        assertThat(audit)
                .containsExactly(Map.of(
                        "actor", "ivanova",
                        "actor_role", "RESIDENT",
                        "action", "preferences.changed",
                        "fields", "phone,email,smsInforming,billDelivery"));
        assertThat(audit.toString()).doesNotContain("+7912", "anna@");
    }

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, "9999999990"})
    @DisplayName("AC-3 petrov gets the same refusal on ivanova's account as on one that does not exist")
    void petrovIsRefused(String number) {
        var path = "/api/v1/accounts/" + number + "/preferences";
        var read = api.as("petrov").get(path);
        var write = api.as("petrov").put(path, body("9123456789", null, true, false, "PAPER"));

        for (var response : java.util.List.of(read, write)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
        }
        assertThat(accounts.findById(NUMBER).orElseThrow().phone()).isEqualTo("+79160000011");
    }

    @Test
    @DisplayName("AC-3 an invalid phone and e-mail are refused next to their fields; nothing is stored or sent")
    void invalidInputIsRefusedWithNothingStored() {
        try (var toBackoffice = KafkaProbe.listen("account.contact-changes")) {
            var response = api.as("ivanova").put(PATH, body("12345", "anna@", true, true, "EMAIL"));

            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/contact-preferences-invalid");
            var errors = response.json().get("errors");
            assertThat(errors.findValuesAsString("field")).contains("phone", "email");
            assertThat(errors.get(0).get("message").asString()).contains("9123456789");

            assertThat(accounts.findById(NUMBER).orElseThrow().phone()).isEqualTo("+79160000011");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where target = ?", Long.class, NUMBER))
                    .isZero();
            assertThat(toBackoffice.drain()).noneMatch(record -> NUMBER.equals(record.key()));
        }
    }

    @Test
    @DisplayName("AC-3 SMS informing without a phone and the bill by e-mail without an e-mail are refused")
    void choicesNeedTheirContact() {
        var response = api.as("ivanova").put(PATH, body("", "", true, false, "EMAIL"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("phone", "email");
        assertThat(accounts.findById(NUMBER).orElseThrow().email()).isEqualTo("ivanova@kabinet.local");
    }
}
