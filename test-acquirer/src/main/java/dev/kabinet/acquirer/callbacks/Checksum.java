package dev.kabinet.acquirer.callbacks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The checksum of a callback notification signed with a symmetric key, as the gateway computes it: every parameter
 * but {@code checksum}, sorted by name, written as {@code name;value;} one after the other (e.g.
 * {@code mdOrder;3ff…;operation;deposited;orderNumber;10747;status;1;}), HMAC-SHA256 with the merchant's key (its
 * UTF-8 bytes), as upper-case hexadecimal.
 */
public final class Checksum {

    private Checksum() {}

    /** The string that is signed. */
    public static String signedData(Map<String, String> params) {
        var sorted = new TreeMap<>(params);
        sorted.remove("checksum");
        var data = new StringBuilder();
        sorted.forEach(
                (name, value) -> data.append(name).append(';').append(value).append(';'));
        return data.toString();
    }

    public static String of(Map<String, String> params, String secret) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(mac.doFinal(signedData(params).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** True when {@code params} carry the checksum {@link #of} computes over the others (compared in constant time). */
    public static boolean verifies(Map<String, String> params, String secret) {
        String given = params.get("checksum");
        return given != null
                && MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8),
                        of(params, secret).getBytes(StandardCharsets.UTF_8));
    }
}
