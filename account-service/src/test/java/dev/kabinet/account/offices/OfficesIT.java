package dev.kabinet.account.offices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ServiceApi;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * AC-6 against real PostgreSQL and Keycloak tokens: the offices, the utility's contacts and the FAQ are read without a
 * token; only operators change the offices, each change audited.
 */
@KabinetIntegrationTest
@DisplayName("AC-6 offices, contacts and FAQ without logging in")
class OfficesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
    }

    @Test
    @DisplayName("AC-6 a visitor without a token reads the offices with addresses and working hours, in their order")
    void visitorReadsTheOffices() {
        var offices = api.anonymous().get("/api/v1/offices");
        assertThat(offices.status()).as(offices.toString()).isEqualTo(200);
        assertThat(offices.header("Cache-Control")).contains("max-age=300");
        var first = offices.json().get(0);
        assertThat(first.get("name").asString()).isEqualTo("Центральный офис обслуживания");
        assertThat(first.get("address").asString()).isEqualTo("г. Москва, ул. Лесная, д. 20, стр. 1");
        assertThat(StreamSupport.stream(first.get("hours").spliterator(), false)
                        .map(h -> h.asString())
                        .toList())
                .containsExactly("Пн–Чт 8:00–17:00", "Пт 8:00–15:45", "Обед 12:00–12:45", "Сб, Вс — выходные");
        assertThat(first.get("phone").asString()).isEqualTo("+74951234500");
    }

    @Test
    @DisplayName("AC-6 a visitor without a token reads the utility's contacts and the FAQ")
    void visitorReadsContactsAndFaq() {
        var contacts = api.anonymous().get("/api/v1/contacts");
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        assertThat(contacts.body()).contains("Единый контактный центр", "+78001234567", "info@kabinet.local");
        var faq = api.anonymous().get("/api/v1/faq");
        assertThat(faq.status()).as(faq.toString()).isEqualTo(200);
        assertThat(faq.body()).contains("До какого числа передавать показания?");
    }

    @Test
    @DisplayName("AC-6 the rest still needs a token: an account, the operator's office endpoints")
    void theRestStillNeedsAToken() {
        assertThat(api.anonymous().get("/api/v1/accounts").status()).isEqualTo(401);
        assertThat(api.anonymous().post("/api/v1/operator/offices", "{}").status())
                .isEqualTo(401);
        assertThat(api.anonymous().delete("/api/v1/operator/offices/1").status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("AC-6 an operator adds, changes and removes an office, audited; a resident may not; bad input 400")
    void operatorsKeepTheOffices() {
        var body = "{\"position\":900,\"name\":\"Тест: офис «Южный»\",\"address\":\"г. Москва, ул. Тестовая, д. 1\","
                + "\"hours\":[\"Пн–Пт 9:00–18:00\"],\"phone\":\"+74950000000\",\"note\":null}";
        assertThat(api.as("ivanova").post("/api/v1/operator/offices", body).status())
                .isEqualTo(403);
        var added = api.as("operator").post("/api/v1/operator/offices", body);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        try {
            assertThat(api.anonymous().get("/api/v1/offices").body()).contains("Тест: офис «Южный»");
            var changed = api.as("operator")
                    .put("/api/v1/operator/offices/" + id, body.replace("Пн–Пт 9:00–18:00", "Пн–Пт 10:00–19:00"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().get("hours").get(0).asString()).isEqualTo("Пн–Пт 10:00–19:00");

            var invalid =
                    api.as("operator").put("/api/v1/operator/offices/" + id, body.replace("+74950000000", "12345"));
            assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
            assertThat(invalid.body()).contains("phone");
        } finally {
            assertThat(api.as("operator")
                            .delete("/api/v1/operator/offices/" + id)
                            .status())
                    .isEqualTo(204);
        }
        var gone = api.as("operator").delete("/api/v1/operator/offices/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.problemType()).endsWith("/office-not-found");
        assertThat(jdbc.queryForList(
                        "select action, fields from audit_entry where target = ? order by id", "office:" + id))
                .extracting(row -> row.get("action"))
                .containsExactly("office.added", "office.changed", "office.removed");
        assertThat(jdbc.queryForList(
                        "select fields from audit_entry where target = ? and action = 'office.changed'",
                        String.class,
                        "office:" + id))
                .containsExactly("hours");
    }
}
