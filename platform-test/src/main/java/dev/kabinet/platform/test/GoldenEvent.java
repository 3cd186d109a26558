package dev.kabinet.platform.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's data built from the golden example of its contract ({@code contracts/events/<type>.example.json}) with
 * overrides, so tests never copy event JSON:
 *
 * <pre>{@code
 * GoldenEvent.of("metering.ReadingSubmitted.v1").with("values.T1", "1E+200000").json()
 * GoldenEvent.of("metering.ReadingSubmitted.v1").withRaw("meterId", "NaN").without("serialNumber").json()
 * }</pre>
 *
 * Paths are property names joined by dots. {@link #with} sets a JSON value (a {@code String} becomes a JSON string, a
 * number a JSON number, a {@code Map} an object, {@code null} JSON null); {@link #withRaw} puts text as it is, for what
 * JSON cannot hold (a bare {@code NaN}, {@code 1E+200000} as a number token).
 */
public final class GoldenEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String type;
    private final ObjectNode data;
    private final Map<String, String> raw = new LinkedHashMap<>();

    private GoldenEvent(String type, ObjectNode data) {
        this.type = type;
        this.data = data;
    }

    /** The golden example of {@code type}, e.g. {@code metering.ReadingSubmitted.v1}. */
    public static GoldenEvent of(String type) {
        return new GoldenEvent(type, (ObjectNode) JSON.readTree(EventContracts.goldenExample(type)));
    }

    /** The CloudEvents type this data belongs to. */
    public String type() {
        return type;
    }

    public GoldenEvent with(String path, Object value) {
        parentOf(path).set(last(path), JSON.valueToTree(value));
        return this;
    }

    /** Sets {@code path} to the text {@code json} as it is, valid JSON or not. */
    public GoldenEvent withRaw(String path, String json) {
        String marker = "raw-" + UUID.randomUUID();
        parentOf(path).put(last(path), marker);
        raw.put("\"" + marker + "\"", json);
        return this;
    }

    public GoldenEvent without(String path) {
        parentOf(path).remove(last(path));
        return this;
    }

    /** A property of the data, e.g. {@code readingId} or {@code values.T1}, as text. */
    public String get(String path) {
        JsonNode node = parentOf(path).get(last(path));
        return node == null || node.isNull() ? null : node.asString();
    }

    public String json() {
        String json = JSON.writeValueAsString(data);
        for (var replacement : raw.entrySet()) {
            json = json.replace(replacement.getKey(), replacement.getValue());
        }
        return json;
    }

    @Override
    public String toString() {
        return type + " " + json();
    }

    private ObjectNode parentOf(String path) {
        ObjectNode node = data;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            node = node.get(names[i]) instanceof ObjectNode object ? object : node.putObject(names[i]);
        }
        return node;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
