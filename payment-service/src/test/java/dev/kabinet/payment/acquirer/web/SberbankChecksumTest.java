package dev.kabinet.payment.acquirer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-4 the callback checksum of the bank's protocol (HMAC-SHA256 over sorted name;value;)")
class SberbankChecksumTest {

    private final SberbankChecksum checksum = new SberbankChecksum("kabinet-acquirer-callback-dev-secret");

    private static Map<String, String> callback() {
        var parameters = new HashMap<String, String>();
        parameters.put("mdOrder", "3ff6962a-7dcc-4283-ab50-a6d7dd3386fe");
        parameters.put("orderNumber", "10747");
        parameters.put("operation", "deposited");
        parameters.put("status", "1");
        return parameters;
    }

    @Test
    void signsTheSortedParametersAsTheProtocolSays() throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                "kabinet-acquirer-callback-dev-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = java.util.HexFormat.of()
                .withUpperCase()
                .formatHex(mac.doFinal(
                        "mdOrder;3ff6962a-7dcc-4283-ab50-a6d7dd3386fe;operation;deposited;orderNumber;10747;status;1;"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(checksum.sign(callback())).isEqualTo(expected);
    }

    @Test
    void acceptsItsOwnSignatureInEitherCase() {
        var signed = callback();
        signed.put("checksum", checksum.sign(callback()).toLowerCase());
        assertThat(checksum.verify(signed)).isTrue();
    }

    @Test
    void refusesAChangedParameterAMissingChecksumOrAnotherKey() {
        var tampered = callback();
        tampered.put("checksum", checksum.sign(callback()));
        tampered.put("status", "0");
        assertThat(checksum.verify(tampered)).isFalse();

        assertThat(checksum.verify(callback())).isFalse();

        var foreign = callback();
        foreign.put("checksum", new SberbankChecksum("another-key").sign(callback()));
        assertThat(checksum.verify(foreign)).isFalse();
    }
}
