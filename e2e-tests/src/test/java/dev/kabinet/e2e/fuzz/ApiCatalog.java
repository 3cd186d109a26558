package dev.kabinet.e2e.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every operation of every service, read from the OpenAPI document each one publishes. */
final class ApiCatalog {

    /** The services behind the gateway, each at {@code /api/<name>/**} with its document at {@code /api/<name>/v3/api-docs}. */
    static final List<String> SERVICES =
            List.of("identity", "account", "metering", "billing", "payment", "notification");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parameter of an operation: where it goes and what its schema says it is. */
    record Parameter(String name, String in, boolean required, String type, String format, String pattern) {}

    /**
     * One operation. {@code publicPath} is the path template as the browser calls it through the gateway
     * ({@code /api/metering/v1/accounts/{number}/readings}); {@code bodySchema} is the resolved JSON schema of its
     * {@code application/json} request body, or null.
     */
    record Operation(
            String service,
            String method,
            String publicPath,
            String operationId,
            List<Parameter> parameters,
            JsonNode bodySchema,
            List<String> bodyMediaTypes,
            boolean open) {

        boolean isWrite() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        String key() {
            return service + " " + method + " " + publicPath;
        }
    }

    /** Where a service's document came from (the gateway, or the snapshot in web-client/openapi). */
    record Source(String service, String origin, int operations) {}

    private final List<Operation> operations = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    List<Operation> operations() {
        return operations;
    }

    List<Source> sources() {
        return sources;
    }

    /** Reads one service's document; {@code servedText} is the gateway's answer, or null to use the snapshot. */
    void add(String service, String servedText, Path snapshots) {
        JsonNode document;
        String origin;
        if (servedText != null) {
            document = JSON.readTree(servedText);
            origin = "GET /api/" + service + "/v3/api-docs";
        } else {
            Path file = snapshots.resolve(service + ".json");
            try {
                document = JSON.readTree(Files.readString(file));
            } catch (IOException e) {
                throw new AssertionError(
                        "neither the gateway nor " + file.toAbsolutePath() + " gave the OpenAPI of " + service, e);
            }
            origin = file.toString();
        }
        String prefix = "/api/" + service;
        JsonNode servers = document.path("servers");
        if (servers.isArray() && !servers.isEmpty()) {
            String url = servers.get(0).path("url").asString("");
            if (url.startsWith("/api/")) {
                prefix = url.replaceAll("/$", "");
            }
        }
        int before = operations.size();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : iterable(path.getValue().path("parameters"))) {
                    parameters.add(parameter(document, p));
                }
                for (JsonNode p : iterable(operation.path("parameters"))) {
                    parameters.add(parameter(document, p));
                }
                JsonNode content =
                        resolve(document, operation.path("requestBody")).path("content");
                List<String> mediaTypes = new ArrayList<>();
                content.propertyNames().forEach(mediaTypes::add);
                JsonNode bodySchema = null;
                for (String mediaType : mediaTypes) {
                    if (mediaType.contains("json")) {
                        bodySchema = inline(document, content.path(mediaType).path("schema"), 0);
                    }
                }
                operations.add(new Operation(
                        service,
                        method,
                        prefix + path.getKey(),
                        operation.path("operationId").asString(method.toLowerCase(Locale.ROOT) + path.getKey()),
                        List.copyOf(parameters),
                        bodySchema,
                        List.copyOf(mediaTypes),
                        // `security: []`: open to visitors (ID-1/ID-3 registration, the captcha challenge)
                        operation.path("security").isArray()
                                && operation.path("security").isEmpty()));
            }
        }
        sources.add(new Source(service, origin, operations.size() - before));
    }

    private static Parameter parameter(JsonNode document, JsonNode node) {
        JsonNode p = resolve(document, node);
        JsonNode schema = inline(document, p.path("schema"), 0);
        return new Parameter(
                p.path("name").asString(),
                p.path("in").asString(),
                p.path("required").asBoolean(false),
                typeOf(schema),
                schema.path("format").asString(null),
                schema.path("pattern").asString(null));
    }

    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.asString(schema.has("properties") ? "object" : "string");
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = document.at(current.get("$ref").asString().substring(1));
        }
        return current;
    }

    /** The schema with every {@code $ref} replaced by what it names (to a depth of 8). */
    private static JsonNode inline(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema);
        if (depth > 8 || !resolved.isObject()) {
            return resolved;
        }
        ObjectNode copy = ((ObjectNode) resolved).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = copy.properties().iterator();
        List<Map.Entry<String, JsonNode>> replaced = new ArrayList<>();
        while (fields.hasNext()) {
            var field = fields.next();
            if (field.getKey().equals("properties") && field.getValue().isObject()) {
                ObjectNode properties = JSON.createObjectNode();
                for (var property : field.getValue().properties()) {
                    properties.set(property.getKey(), inline(document, property.getValue(), depth + 1));
                }
                replaced.add(Map.entry(field.getKey(), properties));
            } else if (List.of("items", "additionalProperties").contains(field.getKey())
                    && field.getValue().isObject()) {
                replaced.add(Map.entry(field.getKey(), inline(document, field.getValue(), depth + 1)));
            }
        }
        replaced.forEach(e -> copy.set(e.getKey(), e.getValue()));
        return copy;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }
}
