package dev.kabinet.platform.messaging;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of {@code contracts/events/<type>.schema.json}, on the classpath at run time (the contracts jar),
 * with format assertions on ({@code uuid}, {@code date-time}). A violation is described by where and which rule, never
 * by the offending value, so the reason can be logged and put in a dead-letter header without personal data.
 */
public class EventSchemas {

    private static final String LOCATION = "contracts/events/";

    /** A type fit to be part of a resource name; compiled once (this runs for every record a listener reads). */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** True when a contract for {@code type} exists, e.g. {@code metering.ReadingSubmitted.v1}. */
    public boolean exists(String type) {
        return schema(type).isPresent();
    }

    /**
     * The violations of {@code data} against the contract of {@code type}, each as {@code <pointer> <keyword>}; empty
     * when it conforms.
     *
     * @throws IllegalArgumentException when there is no contract for {@code type}
     */
    public List<String> violations(String type, JsonNode data) {
        Schema schema = schema(type).orElseThrow(() -> new IllegalArgumentException("No contract for " + type));
        return schema.validate(data).stream().map(EventSchemas::describe).toList();
    }

    private static String describe(Error error) {
        String where = error.getInstanceLocation() == null
                ? ""
                : error.getInstanceLocation().toString();
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            where = where + "/" + error.getProperty();
        }
        return (where.isEmpty() ? "/" : where) + " " + error.getKeyword();
    }

    /** The violations joined for a log line or a header. */
    public static String summary(List<String> violations) {
        return violations.stream().distinct().limit(10).collect(Collectors.joining("; "));
    }

    private Optional<Schema> schema(String type) {
        if (!TYPE_NAME.matcher(type).matches()) {
            return Optional.empty(); // never a path: the type comes from a header anybody can write
        }
        // only found contracts are kept: a header naming random types must not grow the map
        return Optional.ofNullable(schemas.computeIfAbsent(type, this::load));
    }

    private Schema load(String type) {
        try (InputStream in =
                EventSchemas.class.getClassLoader().getResourceAsStream(LOCATION + type + ".schema.json")) {
            return in == null ? null : registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
