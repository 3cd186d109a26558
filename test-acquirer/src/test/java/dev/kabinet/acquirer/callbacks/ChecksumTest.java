package dev.kabinet.acquirer.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-4 callback checksum: HMAC-SHA256 over name;value; sorted by name, upper-case hex")
class ChecksumTest {

    private static final Map<String, String> CALLBACK = Map.of(
            "status", "1",
            "orderNumber", "10747",
            "operation", "deposited",
            "mdOrder", "70906e55-7114-41d6-8332-4609dc6590f4");

    @Test
    @DisplayName("PY-4 signs the parameters sorted by name, each as name;value;")
    void signedDataIsSortedNameValuePairs() {
        assertThat(Checksum.signedData(CALLBACK))
                .isEqualTo(
                        "mdOrder;70906e55-7114-41d6-8332-4609dc6590f4;operation;deposited;orderNumber;10747;status;1;");
    }

    @Test
    @DisplayName("PY-4 gives the checksum openssl computes for the same data and key")
    void matchesAnIndependentHmac() {
        // printf '<signed data>' | openssl dgst -sha256 -hmac 'kabinet-secret', upper-cased
        assertThat(Checksum.of(CALLBACK, "kabinet-secret"))
                .isEqualTo("7ED90070AB50315216745F2C38172EC56B9EBEBCCA33F9017CD87F34E1904041");
    }

    @Test
    @DisplayName("PY-4 the checksum parameter itself is left out; a changed value or another key does not verify")
    void verifies() {
        var signed = new LinkedHashMap<>(CALLBACK);
        signed.put("checksum", Checksum.of(CALLBACK, "kabinet-secret"));
        assertThat(Checksum.of(signed, "kabinet-secret")).isEqualTo(signed.get("checksum"));
        assertThat(Checksum.verifies(signed, "kabinet-secret")).isTrue();
        assertThat(Checksum.verifies(signed, "another-secret")).isFalse();

        var tampered = new HashMap<>(signed);
        tampered.put("status", "0");
        assertThat(Checksum.verifies(tampered, "kabinet-secret")).isFalse();
        assertThat(Checksum.verifies(CALLBACK, "kabinet-secret")).isFalse();
    }
}
