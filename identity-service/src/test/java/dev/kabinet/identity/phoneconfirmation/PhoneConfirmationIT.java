package dev.kabinet.identity.phoneconfirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation.Status;
import dev.kabinet.identity.sms.SmsNotSent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One-time SMS codes end to end at the application service: real PostgreSQL ({@code kabinet_identity_test}) and the
 * real SMS sink ({@code KABINET_SMS_SINK_URL}, started by {@code ./kabinet up}); the code is read from the sink's
 * inbox as a resident reads their phone. Time is the test's clock. The HTTP answers of these outcomes (429 with
 * Retry-After, 410, 422) are {@code PhoneConfirmationProblemsTest}'s.
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.sms.url=${KABINET_SMS_SINK_URL:http://127.0.0.1:8026}/api/v1/messages",
            "kabinet.sms.retry-wait=20ms",
            "kabinet.phone-confirmation.per-phone-per-hour=3",
            "kabinet.phone-confirmation.per-ip-per-hour=5"
        })
@DisplayName("ID-3/ID-5 phone confirmation by SMS code against PostgreSQL and the SMS sink")
class PhoneConfirmationIT {

    private static final String SINK = envOr("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestConfiguration
    static class TestClock {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @Autowired
    PhoneConfirmations confirmations;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    private final String resident = "subject-" + UUID.randomUUID();
    private final String phone = randomPhone();
    private final String address = "10.0.%d.%d".formatted(rnd(250), rnd(250));

    @BeforeEach
    void cleanSlate() {
        jdbc.sql("delete from phone_confirmation").update();
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aCodeArrivesInTheSmsSinkAndConfirmsOnce() throws Exception {
        var sent = confirmations.send(resident, national(phone), address);

        String code = latestCode(phone);
        assertThat(sent.phone()).isEqualTo(phone);
        assertThat(jdbc.sql("select code_hash from phone_confirmation where id = :id")
                        .param("id", sent.id())
                        .query(String.class)
                        .single())
                .as("stored hashed, never plain")
                .doesNotContain(code)
                .hasSize(64);

        var confirmed = confirmations.verify(resident, sent.id(), code);

        assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
        assertThatThrownBy(() -> confirmations.verify(resident, sent.id(), code))
                .isInstanceOf(PhoneConfirmationAlreadyUsed.class);
    }

    @Test
    void fiveWrongCodesLockTheConfirmation() throws Exception {
        var sent = confirmations.send(resident, phone, address);
        String code = latestCode(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 1; left--) {
            int expected = left;
            assertThatThrownBy(() -> confirmations.verify(resident, sent.id(), wrong))
                    .isInstanceOfSatisfying(ConfirmationCodeWrong.class, e -> assertThat(e.attemptsLeft())
                            .isEqualTo(expected));
        }
        assertThatThrownBy(() -> confirmations.verify(resident, sent.id(), wrong))
                .isInstanceOf(ConfirmationAttemptsExhausted.class);

        assertThatThrownBy(() -> confirmations.verify(resident, sent.id(), code))
                .as("locked: not even the right code works now")
                .isInstanceOf(ConfirmationAttemptsExhausted.class);
        assertThat(confirmations.of(resident, sent.id()).status()).isEqualTo(Status.LOCKED);
    }

    @Test
    void anExpiredCodeIsRefusedAndANewCodeWorks() throws Exception {
        var first = confirmations.send(resident, phone, address);
        String firstCode = latestCode(phone);

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> confirmations.verify(resident, first.id(), firstCode))
                .isInstanceOf(ConfirmationCodeExpired.class);
        var second = confirmations.send(resident, phone, address);
        assertThat(confirmations
                        .verify(resident, second.id(), latestCode(phone))
                        .status())
                .isEqualTo(Status.CONFIRMED);
    }

    @Test
    void aNewCodeSupersedesTheEarlierOne() throws Exception {
        var first = confirmations.send(resident, phone, address);
        String firstCode = latestCode(phone);
        clock.advance(Duration.ofSeconds(61));
        confirmations.send(resident, phone, address);

        assertThatThrownBy(() -> confirmations.verify(resident, first.id(), firstCode))
                .isInstanceOf(ConfirmationCodeSuperseded.class);
    }

    @Test
    void aResendWithinTheCooldownIsRefusedWithTheWait() throws Exception {
        confirmations.send(resident, phone, address);
        clock.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> confirmations.send(resident, phone, address))
                .isInstanceOfSatisfying(ResendTooSoon.class, e -> assertThat(e.retryAfterSeconds())
                        .isEqualTo(40));
        assertThat(inbox(phone)).hasSize(1);
    }

    @Test
    void thePerPhoneCapRefusesUntilTheHourHasRoom() throws Exception {
        for (int i = 0; i < 3; i++) {
            confirmations.send(resident, phone, address);
            clock.advance(Duration.ofSeconds(61));
        }

        assertThatThrownBy(() -> confirmations.send(resident, phone, "10.9.9.9"))
                .isInstanceOfSatisfying(SmsLimitReached.class, e -> assertThat(e.retryAfter())
                        .isEqualTo(Duration.ofHours(1).minusSeconds(3 * 61)));
        assertThat(inbox(phone)).hasSize(3);
    }

    @Test
    void thePerAddressCapRefusesWhateverThePhone() throws Exception {
        for (int i = 0; i < 5; i++) {
            confirmations.send(resident, randomPhone(), address);
        }
        String sixth = randomPhone();

        assertThatThrownBy(() -> confirmations.send(resident, sixth, address)).isInstanceOf(SmsLimitReached.class);
        assertThat(inbox(sixth)).isEmpty();
        confirmations.send(resident, sixth, "10.250.0.1");
        assertThat(inbox(sixth)).hasSize(1);
    }

    @Test
    void anotherResidentCannotEnterTheCode() throws Exception {
        var sent = confirmations.send(resident, phone, address);
        String code = latestCode(phone);

        assertThatThrownBy(() -> confirmations.verify("someone-else", sent.id(), code))
                .isInstanceOf(PhoneConfirmationNotFound.class);
        assertThatThrownBy(() -> confirmations.verify(resident, UUID.randomUUID(), code))
                .isInstanceOf(PhoneConfirmationNotFound.class);
    }

    @Test
    void theProviderFailingBrieflyIsRetriedAndFailingOnVoidsTheCode() throws Exception {
        sinkFails(phone, 503, 2);
        var retried = confirmations.send(resident, phone, address);
        assertThat(inbox(phone)).as("delivered once despite two 503s").hasSize(1);
        confirmations.verify(resident, retried.id(), latestCode(phone));

        clock.advance(Duration.ofSeconds(61));
        sinkFails(phone, 503, 3);
        assertThatThrownBy(() -> confirmations.send(resident, phone, address)).isInstanceOf(SmsNotSent.class);
        var voided = jdbc.sql("select status from phone_confirmation where phone = :phone order by created_at desc")
                .param("phone", phone)
                .query(String.class)
                .list();
        assertThat(voided.getFirst()).isEqualTo("NOT_SENT");

        var again = confirmations.send(resident, phone, address);
        assertThat(confirmations.verify(resident, again.id(), latestCode(phone)).status())
                .as("a code that was never sent starts no cooldown")
                .isEqualTo(Status.CONFIRMED);
    }

    @Test
    void aNumberThatIsNotAMobileOneIsRefused() {
        assertThatThrownBy(() -> confirmations.send(resident, "84951234567", address))
                .isInstanceOf(PhoneNumberInvalid.class);
    }

    // ---- the SMS sink ----------------------------------------------------------------------------------------

    private static List<JsonNode> inbox(String phone) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SINK + "/api/inbox/" + phone)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).values().stream().toList();
    }

    private static String latestCode(String phone) throws Exception {
        var messages = inbox(phone);
        assertThat(messages).as("SMS to %s in the sink", phone).isNotEmpty();
        String text = messages.getLast().get("text").asString();
        var matcher = CODE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static void sinkFails(String phone, int status, int times) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SINK + "/api/faults"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"to\":\"%s\",\"status\":%d,\"times\":%d}".formatted(phone, status, times)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(204);
    }

    private static String randomPhone() {
        return "+79" + "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    /** As a resident types it: 8 and ten digits. */
    private static String national(String e164) {
        return "8" + e164.substring(2);
    }

    private static int rnd(int bound) {
        return ThreadLocalRandom.current().nextInt(1, bound);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The test's clock: starts at the real time, moves only when a test says so. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
