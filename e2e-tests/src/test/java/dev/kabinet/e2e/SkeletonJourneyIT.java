package dev.kabinet.e2e;

import static dev.kabinet.e2e.support.Json.decimal;
import static dev.kabinet.e2e.support.Json.find;
import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;
import static dev.kabinet.e2e.support.Json.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.e2e.support.Mailbox;
import dev.kabinet.e2e.support.Mailbox.Mail;
import dev.kabinet.e2e.support.MeterReadings;
import dev.kabinet.e2e.support.Poll;
import dev.kabinet.e2e.support.Reply;
import dev.kabinet.e2e.support.Resident;
import dev.kabinet.e2e.support.Stack;
import dev.kabinet.e2e.support.StopAfterFirstFailure;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton of issue 2, through the gateway only, as the web client drives it: log in with Keycloak's
 * real login form, see the accounts, submit a reading, watch billing price it and notification announce it (in the
 * cabinet and by e-mail), log out. Each step is a test; after a failed step the rest are skipped.
 */
@DisplayName("Issue 2 walking skeleton: ivanova logs in, submits a reading and follows it through every service")
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@ExtendWith(StopAfterFirstFailure.class)
class SkeletonJourneyIT {

    private static final String ACCOUNT = "1000000011";
    private static final String SECOND_ACCOUNT = "1000000012";
    private static final String METER = "101";
    private static final String METER_SERIAL = "ЭМ-101-2019";
    private static final long TARIFF_T1_KOPECKS = 643;
    private static final String READINGS = "/api/metering/v1/accounts/" + ACCOUNT + "/meters/" + METER + "/readings";
    private static final String READINGS_LIST = "/api/metering/v1/accounts/" + ACCOUNT + "/readings";
    private static final String MESSAGES = "/api/notification/v1/accounts/" + ACCOUNT + "/messages";

    private final Mailbox mailbox = Mailbox.of("ivanova@kabinet.local");
    private Resident ivanova;
    /** The last ACCEPTED value: billing prices a reading against it, not against one still in processing. */
    private BigDecimal previous;

    private BigDecimal submitted;
    private String readingId;
    private List<String> messagesBefore;
    private List<String> mailsBefore;

    @AfterAll
    void closeBrowser() {
        if (ivanova != null) {
            ivanova.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("step 1 (ID-6): ivanova logs in through the gateway and Keycloak's login form — no backdoor")
    void logsInThroughKeycloaksLoginForm() {
        ivanova = Resident.anonymous();
        Reply home = ivanova.logIn("ivanova", Stack.DEMO_PASSWORD);

        home.expectStatus(200);
        assertThat(home.uri().getPath()).as(home::describe).isIn("/", "");
    }

    @Test
    @Order(2)
    @DisplayName("step 2 (ID-10): /bff/me names ivanova and her two accounts, and hands the browser no token")
    void bffMeNamesTheResident() {
        Reply reply = ivanova.get("/bff/me");
        JsonNode me = reply.expectJson(200);

        assertThat(text(me, "username")).as(reply::describe).isEqualTo("ivanova");
        assertThat(text(me, "name")).as(reply::describe).contains("Иванова");
        assertThat(texts(me, "accounts")).as(reply::describe).containsExactlyInAnyOrder(ACCOUNT, SECOND_ACCOUNT);
        assertThat(reply.body())
                .as(() -> "the BFF must not hand a token to the browser\n" + reply.describe())
                .doesNotContain("eyJ")
                .doesNotContainIgnoringCase("access_token");
    }

    @Test
    @Order(3)
    @DisplayName("step 3 (AC-1): the home page lists both accounts with their addresses (account-service)")
    void listsTheAccountsWithAddresses() {
        Reply reply = ivanova.get("/api/account/v1/accounts");
        JsonNode accounts = reply.expectJson(200);

        assertThat(items(accounts)).as(reply::describe).hasSize(2);
        JsonNode first = find(accounts, "number", ACCOUNT).orElseThrow(() -> missing(ACCOUNT, reply));
        JsonNode second = find(accounts, "number", SECOND_ACCOUNT).orElseThrow(() -> missing(SECOND_ACCOUNT, reply));
        assertThat(text(first, "address")).as(reply::describe).contains("Лесная", "кв. 12");
        assertThat(text(second, "address")).as(reply::describe).contains("Лесная", "кв. 14");
        assertThat(text(first, "ownerName")).as(reply::describe).contains("Иванова");
        assertThat(texts(first, "services")).as(reply::describe).contains("ELECTRICITY");
    }

    @Test
    @Order(4)
    @DisplayName("step 4 (MT-1): account 1000000011 shows meter 101 with its last reading (metering-service)")
    void showsTheMeterWithItsLastReading() {
        Reply reply = ivanova.get("/api/metering/v1/accounts/" + ACCOUNT + "/meters");
        JsonNode meter = find(reply.expectJson(200), "id", METER).orElseThrow(() -> missing("meter " + METER, reply));

        assertThat(text(meter, "serialNumber")).as(reply::describe).isEqualTo(METER_SERIAL);
        assertThat(texts(meter, "zones")).as(reply::describe).containsExactly("T1");
        assertThat(decimal(meter.path("lastReading").path("values"), "T1"))
                .as(() -> "lastReading.values.T1 of meter 101\n" + reply.describe())
                .isNotNull();

        // One unit above the newest value the meter has seen (an earlier run may have left one in processing).
        MeterReadings readings = MeterReadings.of(ivanova, ACCOUNT, METER);
        previous = readings.lastAccepted();
        submitted = readings.next(BigDecimal.ONE);

        messagesBefore = messageIds(ivanova.get(MESSAGES).expectJson(200));
        mailsBefore = mailbox.uids();
    }

    @Test
    @Order(5)
    @DisplayName("step 5 (MT-2, MT-3): a reading one unit above the last is taken: 201, IN_PROCESSING, channel PORTAL")
    void submitsAReading() {
        Reply reply = ivanova.post(READINGS, "{\"values\": {\"T1\": \"" + submitted.toPlainString() + "\"}}");
        JsonNode reading = reply.expectJson(201);

        readingId = text(reading, "id");
        assertThat(readingId).as(reply::describe).isNotBlank();
        assertThat(UUID.fromString(readingId)).as(reply::describe).isNotNull();
        assertThat(text(reading, "meterId")).as(reply::describe).isEqualTo(METER);
        assertThat(text(reading, "accountNumber")).as(reply::describe).isEqualTo(ACCOUNT);
        assertThat(decimal(reading.path("values"), "T1")).as(reply::describe).isEqualByComparingTo(submitted);
        assertThat(text(reading, "status")).as(reply::describe).isEqualTo("IN_PROCESSING");
        assertThat(text(reading, "channel")).as(reply::describe).isEqualTo("PORTAL");
        assertThat(text(reading, "submittedAt")).as(reply::describe).isNotBlank();
    }

    @Test
    @Order(6)
    @DisplayName("step 6 (MT-3): the new reading heads the account's readings, with its status")
    void theReadingAppearsInTheList() {
        Reply reply = ivanova.get(READINGS_LIST);
        List<JsonNode> readings = items(reply.expectJson(200));

        assertThat(readings).as(reply::describe).isNotEmpty();
        assertThat(text(readings.getFirst(), "id"))
                .as(() -> "newest first: the reading just submitted comes first\n" + reply.describe())
                .isEqualTo(readingId);
        JsonNode reading = readings.getFirst();
        assertThat(decimal(reading.path("values"), "T1")).as(reply::describe).isEqualByComparingTo(submitted);
        assertThat(text(reading, "status")).as(reply::describe).isIn("IN_PROCESSING", "ACCEPTED");
    }

    @Test
    @Order(7)
    @DisplayName(
            "step 7 (MT-7): billing-service prices the reading: (value − last accepted) × 643 kopecks (demo tariff T1)")
    void billingPricesTheReading() {
        String path = "/api/billing/v1/accounts/" + ACCOUNT + "/charge-previews/" + readingId;
        Reply reply = Poll.until(
                "the charge preview of reading " + readingId,
                () -> ivanova.get(path),
                r -> r.status() == 200 ? Optional.of(r) : Optional.empty(),
                Reply::describe);
        JsonNode preview = reply.expectJson(200);

        BigDecimal consumption = submitted.subtract(previous);
        long expected = consumption
                .multiply(BigDecimal.valueOf(TARIFF_T1_KOPECKS))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        assertThat(text(preview, "readingId")).as(reply::describe).isEqualTo(readingId);
        assertThat(text(preview, "accountNumber")).as(reply::describe).isEqualTo(ACCOUNT);
        assertThat(text(preview, "meterId")).as(reply::describe).isEqualTo(METER);
        JsonNode line = find(preview.path("lines"), "zone", "T1").orElseThrow(() -> missing("line T1", reply));
        assertThat(decimal(line, "consumption")).as(reply::describe).isEqualByComparingTo(consumption);
        assertThat(line.path("tariffKopecks").asLong()).as(reply::describe).isEqualTo(TARIFF_T1_KOPECKS);
        assertThat(line.path("amountKopecks").asLong()).as(reply::describe).isEqualTo(expected);
        assertThat(preview.path("amountKopecks").asLong())
                .as(() ->
                        "amountKopecks = " + consumption + " × " + TARIFF_T1_KOPECKS + " rounded\n" + reply.describe())
                .isEqualTo(expected);
    }

    @Test
    @Order(8)
    @DisplayName("step 8: notification-service posts an in-cabinet message about THAT reading: its meter and value")
    void anInCabinetMessageAnnouncesTheReading() {
        JsonNode message = Poll.until(
                "an in-cabinet message about meter " + METER_SERIAL + " with T1 = " + submitted + " in " + MESSAGES,
                () -> ivanova.get(MESSAGES),
                r -> r.status() != 200
                        ? Optional.empty()
                        : items(r.json()).stream()
                                .filter(m -> !messagesBefore.contains(text(m, "id")))
                                .filter(m -> describesTheReading(text(m, "body")))
                                .findFirst(),
                Reply::describe);

        // the messages are those of ACCOUNT (the path); the text names the meter and the value submitted
        assertThat(text(message, "subject")).isEqualTo("Показания приняты в обработку");
        assertThat(text(message, "body")).contains("Показания счётчика " + METER_SERIAL);
        assertThat(valueOfT1(text(message, "body"))).isEqualByComparingTo(submitted);
        assertThat(text(message, "createdAt")).isNotBlank();
    }

    @Test
    @Order(9)
    @DisplayName("step 9: the 'reading received' e-mail about THAT reading (account, meter, value) reaches ivanova")
    void anEmailAnnouncesTheReading() {
        Mail mail = Poll.until(
                "an e-mail about meter " + METER_SERIAL + " of account " + ACCOUNT + " with T1 = " + submitted + " in "
                        + mailbox.uri(),
                mailbox::mails,
                mails -> mails.stream()
                        .filter(m -> !mailsBefore.contains(m.uid()))
                        .filter(m -> describesTheReading(MimeText.of(m.mime()))
                                && MimeText.of(m.mime()).contains("по лицевому счёту " + ACCOUNT))
                        .findFirst(),
                mails -> mails.stream()
                        .map(m -> "uid " + m.uid() + ": " + m.subject())
                        .reduce("mails (" + mails.size() + "), before: " + mailsBefore, (a, b) -> a + "\n" + b));

        assertThat(mail.subject()).isEqualTo("Показания приняты в обработку");
        assertThat(mail.mime()).as(mail::mime).containsIgnoringCase("To: ivanova@kabinet.local");
        String text = MimeText.of(mail.mime());
        assertThat(text).contains("счётчика " + METER_SERIAL + " по лицевому счёту " + ACCOUNT);
        assertThat(valueOfT1(text)).isEqualByComparingTo(submitted);
    }

    @Test
    @Order(10)
    @DisplayName("step 10 (ID-10): logout ends the gateway session and Keycloak's, and comes back to /")
    void logsOutEverywhere() {
        Reply landed = ivanova.logOut();

        landed.expectStatus(200);
        assertThat(landed.hops())
                .as(() -> "logout passes Keycloak's end-session endpoint\n" + landed.describe())
                .anyMatch(hop -> hop.contains("/protocol/openid-connect/logout"));
        assertThat(Stack.isGateway(landed.uri()) && landed.uri().getPath().equals("/"))
                .as(() -> "logout comes back to the gateway's /\n" + landed.describe())
                .isTrue();

        ivanova.get("/bff/me").expectStatus(401);

        Reply again = ivanova.navigate(Resident.LOGIN_START);
        assertThat(Resident.loginForm(again))
                .as(() -> "the Keycloak session ended too, so logging in asks for the password again\n"
                        + again.describe())
                .isPresent();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static List<String> messageIds(JsonNode messages) {
        return items(messages).stream().map(m -> text(m, "id")).toList();
    }

    /** A notice describes the reading submitted when it names its meter and gives its T1 value. */
    private boolean describesTheReading(String text) {
        if (text == null || !text.contains(METER_SERIAL)) {
            return false;
        }
        BigDecimal value = valueOfT1(text);
        return value != null && value.compareTo(submitted) == 0;
    }

    private static final Pattern T1 = Pattern.compile("T1(?: \\([^)]*\\))?: ([0-9]+(?:,[0-9]+)?)");

    /** The value a notice gives for zone T1 ("T1: 12346,3", decimal comma), or null. */
    private static BigDecimal valueOfT1(String text) {
        Matcher matcher = T1.matcher(text == null ? "" : text);
        return matcher.find() ? new BigDecimal(matcher.group(1).replace(',', '.')) : null;
    }

    private static AssertionError missing(String what, Reply reply) {
        return new AssertionError(what + " is missing\n" + reply.describe());
    }

    /**
     * The decoded text of the {@code text/plain} parts of a raw MIME message (base64 or quoted-printable, UTF-8), as
     * the resident reads it.
     */
    static final class MimeText {

        private MimeText() {}

        static String of(String mime) {
            var text = new StringBuilder();
            String[] lines = mime.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].toLowerCase().startsWith("content-type: text/plain")) {
                    continue;
                }
                String encoding = "7bit";
                int j = i;
                for (; j < lines.length && !lines[j].isEmpty(); j++) {
                    if (lines[j].toLowerCase().startsWith("content-transfer-encoding:")) {
                        encoding = lines[j].substring(lines[j].indexOf(':') + 1)
                                .trim()
                                .toLowerCase();
                    }
                }
                var body = new StringBuilder();
                for (j++; j < lines.length && !lines[j].startsWith("--"); j++) {
                    body.append(lines[j]).append(encoding.equals("base64") ? "" : "\n");
                }
                text.append(decode(body.toString(), encoding)).append('\n');
                i = j;
            }
            return text.toString();
        }

        private static String decode(String body, String encoding) {
            return switch (encoding) {
                case "base64" -> new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
                case "quoted-printable" -> quotedPrintable(body);
                default -> body;
            };
        }

        private static String quotedPrintable(String body) {
            var bytes = new ByteArrayOutputStream();
            String joined = body.replace("=\n", "");
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length()) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
