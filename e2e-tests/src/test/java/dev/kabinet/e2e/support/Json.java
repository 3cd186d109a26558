package dev.kabinet.e2e.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Small, null-safe reads of the API's JSON. */
public final class Json {

    private Json() {}

    /** The elements of an array (empty for anything else). */
    public static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    /** The element whose {@code field} has the given text value. */
    public static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return items(array).stream()
                .filter(item -> value.equals(text(item, field)))
                .findFirst();
    }

    /** A scalar member as text, or null when missing or null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    /** A decimal member (the API writes reading values as strings, money as integers). */
    public static BigDecimal decimal(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : new BigDecimal(text.trim());
    }

    /** The text values of an array member. */
    public static List<String> texts(JsonNode node, String field) {
        return items(node == null ? null : node.get(field)).stream()
                .map(JsonNode::asString)
                .toList();
    }
}
