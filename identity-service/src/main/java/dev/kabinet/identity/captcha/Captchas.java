package dev.kabinet.identity.captcha;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ALTCHA proof-of-work captchas, issued and verified here (ADR 0011 §4): nothing outside Kabinet is asked. A challenge
 * is HMAC-signed with {@code kabinet.captcha.hmac-key} and carries its expiry in its salt; a solution (the widget's
 * base64 JSON payload) is accepted when its hash and signature are right, it has not expired, and it was not used
 * before — its signature is then remembered until the expiry, so a solution serves exactly one form.
 */
@Service
public class Captchas {

    private static final Logger log = LoggerFactory.getLogger(Captchas.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaptchaProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Captchas(CaptchaProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new challenge: {@code algorithm}, {@code challenge}, {@code maxnumber}, {@code salt}, {@code signature}. */
    public Altcha.Challenge issue() {
        try {
            var options = new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(properties.maxNumber())
                    .setHmacKey(properties.hmacKey())
                    .setExpires(clock.instant().plus(properties.ttl()).getEpochSecond());
            return Altcha.createChallenge(options);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a captcha challenge", e);
        }
    }

    /**
     * Spends a solution.
     *
     * @param payload the widget's value: base64 of {@code {"algorithm","challenge","number","salt","signature"}}
     * @throws CaptchaInvalid when it is missing, malformed, wrong, expired or used before
     */
    @Transactional
    public void spend(@Nullable String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 2000) {
            throw new CaptchaInvalid();
        }
        JsonNode solution;
        Instant expires;
        try {
            solution = JSON.readTree(Base64.getDecoder().decode(payload.strip()));
            expires = expiry(solution.path("salt").asString(""));
            if (expires == null || !expires.isAfter(clock.instant())) {
                throw new CaptchaInvalid();
            }
            if (!Altcha.verifySolution(payload.strip(), properties.hmacKey(), false)) {
                throw new CaptchaInvalid();
            }
        } catch (CaptchaInvalid e) {
            throw e;
        } catch (Exception e) {
            log.info("Malformed captcha solution: {}", e.getClass().getSimpleName());
            throw new CaptchaInvalid();
        }
        jdbc.update("delete from captcha_solution where expires_at < ?", java.sql.Timestamp.from(clock.instant()));
        int inserted = jdbc.update(
                "insert into captcha_solution (signature, expires_at) values (?, ?) on conflict do nothing",
                solution.path("signature").asString(),
                java.sql.Timestamp.from(expires));
        if (inserted == 0) {
            log.info("A captcha solution was presented again");
            throw new CaptchaInvalid();
        }
    }

    /** The {@code expires} parameter ALTCHA puts in the salt ({@code <random>?expires=<epoch seconds>}). */
    private static @Nullable Instant expiry(String salt) throws Exception {
        Map<String, String> params = Altcha.extractParams(salt);
        String expires = params.get("expires");
        return expires == null ? null : Instant.ofEpochSecond(Long.parseLong(expires));
    }
}
