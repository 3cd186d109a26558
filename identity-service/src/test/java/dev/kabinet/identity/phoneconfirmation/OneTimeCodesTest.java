package dev.kabinet.identity.phoneconfirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ID-3/ID-5 one-time codes: six digits from a SecureRandom, stored as a keyed hash")
class OneTimeCodesTest {

    private final OneTimeCodes codes = new OneTimeCodes(TestRules.KEY, new SecureRandom());

    @Test
    void codesAreSixDigitsAndVary() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            String code = codes.generate();
            assertThat(code).matches("[0-9]{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void keepsLeadingZeros() {
        var zeroes = new SecureRandom() {
            @Override
            public int nextInt(int bound) {
                return 4217;
            }
        };
        assertThat(new OneTimeCodes(TestRules.KEY, zeroes).generate()).isEqualTo("004217");
    }

    @Test
    void storesNeitherTheCodeNorAnUnkeyedHash() {
        var id = UUID.randomUUID();
        String hash = codes.hash(id, "123456");

        assertThat(hash).doesNotContain("123456").hasSize(64);
        var otherKey = new OneTimeCodes("another-key-of-at-least-32-characters!!", new SecureRandom());
        assertThat(otherKey.hash(id, "123456")).isNotEqualTo(hash);
        assertThat(codes.hash(UUID.randomUUID(), "123456"))
                .as("the same code of another confirmation hashes differently")
                .isNotEqualTo(hash);
    }

    @Test
    void matchesOnlyTheCodeOfThatConfirmation() {
        var id = UUID.randomUUID();
        String hash = codes.hash(id, "123456");

        assertThat(codes.matches(hash, id, "123456")).isTrue();
        assertThat(codes.matches(hash, id, "123457")).isFalse();
        assertThat(codes.matches(hash, UUID.randomUUID(), "123456")).isFalse();
        assertThat(codes.matches(hash, id, " 123456")).isFalse();
        assertThat(codes.matches(hash, id, null)).isFalse();
    }
}
