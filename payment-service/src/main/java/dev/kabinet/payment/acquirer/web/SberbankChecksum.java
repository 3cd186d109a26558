package dev.kabinet.payment.acquirer.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The callback checksum of the Sberbank gateway: every parameter but {@code checksum} and {@code sign_alias}, sorted by
 * name, written {@code name;value;} one after another, signed with HMAC-SHA256 under the shared key, upper-case hex.
 */
final class SberbankChecksum {

    private final byte[] key;

    SberbankChecksum(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    String sign(Map<String, String> parameters) {
        var text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!"checksum".equals(name) && !"sign_alias".equals(name)) {
                text.append(name).append(';').append(value).append(';');
            }
        });
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether the parameters carry the right checksum (compared in constant time, case aside). */
    boolean verify(Map<String, String> parameters) {
        String given = parameters.get("checksum");
        if (given == null || given.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(parameters).getBytes(StandardCharsets.US_ASCII),
                given.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
