package dev.kabinet.platform.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens a resource server must refuse, minted here with a key of our own (RS256, like Keycloak's): they carry
 * every claim a real token of ivanova carries, but are signed by a key the issuer never published. Real tokens of
 * Keycloak that must be refused (no audience, another realm) come from {@link KeycloakTokens}.
 */
public final class ForeignTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final KeyPair KEY = generate();

    private ForeignTokens() {}

    /** A token claiming to come from another identity provider, with the right audience and a life ahead of it. */
    public static String ofAnotherIssuer() {
        return sign(
                claims("https://login.example.org/realms/kabinet", Instant.now().plusSeconds(300)));
    }

    /** A token claiming the run's Keycloak as issuer, signed by a foreign key (a forgery). */
    public static String forgedForTheRealIssuer() {
        return sign(claims(TestServers.get().issuerUri(), Instant.now().plusSeconds(300)));
    }

    /** A token claiming the run's Keycloak as issuer that expired an hour ago (and is signed by a foreign key). */
    public static String expired() {
        return sign(claims(TestServers.get().issuerUri(), Instant.now().minusSeconds(3_600)));
    }

    /** The claims of {@link #forgedForTheRealIssuer()} with {@code alg: none} and no signature. */
    public static String unsigned() {
        var header = Map.of("alg", "none", "typ", "JWT");
        return encode(header) + "."
                + encode(claims(TestServers.get().issuerUri(), Instant.now().plusSeconds(300))) + ".";
    }

    private static Map<String, Object> claims(String issuer, Instant expiresAt) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("iss", issuer);
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("aud", List.of("kabinet-api"));
        claims.put("iat", expiresAt.minusSeconds(600).getEpochSecond());
        claims.put("nbf", expiresAt.minusSeconds(600).getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("preferred_username", "ivanova");
        claims.put("accounts", List.of("1000000011", "1000000012"));
        claims.put("realm_access", Map.of("roles", List.of("resident", "operator")));
        return claims;
    }

    private static String sign(Map<String, Object> claims) {
        var header = Map.of("alg", "RS256", "typ", "JWT", "kid", "foreign-key");
        String unsigned = encode(header) + "." + encode(claims);
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(KEY.getPrivate());
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> json) {
        return BASE64URL.encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
