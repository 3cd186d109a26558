package dev.kabinet.platform.test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts of {@code contracts/} (on the classpath as {@code contracts/events/*}, through the platform):
 * producers check every payload they publish against the schema, consumers read the golden example into their own
 * record ({@link GoldenEvent} builds variants of it). Validated as the platform's listener path validates: JSON Schema
 * 2020-12 with format assertions on.
 */
public final class EventContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private EventContracts() {}

    /** The golden example of {@code type}, e.g. {@code metering.ReadingSubmitted.v1}. */
    public static String goldenExample(String type) {
        return read("contracts/events/" + type + ".example.json");
    }

    /** Throws an AssertionError listing every violation when {@code json} does not match the schema of {@code type}. */
    public static void assertConforms(String type, String json) {
        List<Error> problems = validate(type, json);
        if (!problems.isEmpty()) {
            throw new AssertionError("Payload does not conform to " + type + ": "
                    + problems.stream().map(Error::toString).collect(Collectors.joining("; ")) + "\n" + json);
        }
    }

    public static List<Error> validate(String type, String json) {
        Schema schema = SCHEMAS.getSchema(read("contracts/events/" + type + ".schema.json"));
        try {
            return schema.validate(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    static String read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "No contract " + resource + " on the classpath: the dev.kabinet:contracts jar is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
