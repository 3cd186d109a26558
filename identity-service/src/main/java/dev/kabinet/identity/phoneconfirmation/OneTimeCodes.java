package dev.kabinet.identity.phoneconfirmation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Six-digit one-time codes from a {@link SecureRandom}, kept only as HMAC-SHA256 of the confirmation's id and the code
 * under a server key: the table alone (a dump, a backup) does not give the codes away, and with only 10⁶ codes a plain
 * hash would be reversed in a second, so the key matters. Comparison takes the same time whatever the input.
 */
final class OneTimeCodes {

    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random;
    private final SecretKeySpec key;

    OneTimeCodes(String hashKey, SecureRandom random) {
        this.key = new SecretKeySpec(hashKey.getBytes(StandardCharsets.UTF_8), HMAC);
        this.random = random;
    }

    /** A new code: six digits, leading zeros kept ({@code 004217}). */
    String generate() {
        return "%06d".formatted(random.nextInt(1_000_000));
    }

    /** What is stored for this code of this confirmation. */
    String hash(UUID confirmation, String code) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((confirmation + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** Whether the typed code is the one whose hash is stored (constant time). */
    boolean matches(String storedHash, UUID confirmation, String typed) {
        if (typed == null || !typed.matches("[0-9]{6}")) {
            return false;
        }
        return MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(confirmation, typed).getBytes(StandardCharsets.US_ASCII));
    }
}
