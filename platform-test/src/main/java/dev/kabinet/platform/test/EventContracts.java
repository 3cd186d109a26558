package dev.kabinet.platform.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event contracts of {@code contracts/} (on the test classpath as {@code contracts/events/*}): producers check
 * every payload they publish against the schema, consumers read the golden example into their own record.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContracts() {}

    /** The golden example of {@code type}, e.g. {@code metering.ReadingSubmitted.v1}. */
    public static String goldenExample(String type) {
        return read("contracts/events/" + type + ".example.json");
    }

    /** Throws an AssertionError listing every violation when {@code json} does not match the schema of {@code type}. */
    public static void assertConforms(String type, String json) {
        Set<ValidationMessage> problems = validate(type, json);
        if (!problems.isEmpty()) {
            throw new AssertionError("Payload does not conform to " + type + ": "
                    + problems.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")) + "\n"
                    + json);
        }
    }

    public static Set<ValidationMessage> validate(String type, String json) {
        var config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read("contracts/events/" + type + ".schema.json"), config);
        try {
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract " + resource + " on the classpath: add the"
                        + " dev.kabinet:contracts test dependency");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
