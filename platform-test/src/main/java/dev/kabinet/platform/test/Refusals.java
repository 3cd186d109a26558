package dev.kabinet.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Isolation by resource id: asking under one's own account for another account's resource must be refused exactly as
 * asking for a resource that does not exist, so nothing tells the caller that the id is real.
 */
public final class Refusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Refusals() {}

    /**
     * The two problem bodies are the same refusal: equal but for the fields that name this request ({@code instance},
     * {@code traceId}).
     */
    public static void assertIndistinguishable(String foreign, String nonExistent) {
        assertThat(withoutRequestFields(foreign))
                .as("the refusal of another account's id must not differ from the one of an id that does not exist")
                .isEqualTo(withoutRequestFields(nonExistent));
    }

    private static ObjectNode withoutRequestFields(String body) {
        var node = (ObjectNode) JSON.readTree(body);
        node.remove("instance");
        node.remove("traceId");
        return node;
    }
}
