package dev.kabinet.metering.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI document. Its server is the gateway's prefix, so Swagger UI's "try it out" goes through the
 * gateway, which holds the session and relays the resident's token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Kabinet metering-service",
                        version = "v1",
                        description =
                                "Meters of a resident's accounts and their readings: list meters with the last reading"
                                        + " (MT-1), submit a reading checked against the meter's digit capacity and the previous"
                                        + " accepted reading (MT-2), follow a reading's status (MT-3). Errors are RFC 9457 problem"
                                        + " details with a Russian `detail` and field `errors`."))
public class OpenApiConfiguration {

    /** Response bodies whose every property is always present (null where the API says so). */
    static final List<String> COMPLETE_VIEWS = List.of("Meter", "LastReading", "Reading");

    /**
     * Makes the document exact for typed clients: every property of a response view is required (it is always
     * written, null included), and a nullable reference becomes {@code oneOf: [$ref, {type: null}]}, the OpenAPI 3.1
     * form generators understand.
     */
    @Bean
    OpenApiCustomizer completeResponseViews() {
        return openApi -> {
            var schemas = openApi.getComponents().getSchemas();
            for (var name : COMPLETE_VIEWS) {
                Schema<?> schema = schemas.get(name);
                if (schema == null || schema.getProperties() == null) {
                    continue;
                }
                schema.setRequired(
                        new ArrayList<>(new TreeSet<>(schema.getProperties().keySet())));
                schema.getProperties().replaceAll((property, value) -> nullableReference(value));
            }
        };
    }

    private static Schema<?> nullableReference(Schema<?> schema) {
        boolean nullable = Boolean.TRUE.equals(schema.getNullable())
                || (schema.getTypes() != null && schema.getTypes().contains("null"));
        if (schema.get$ref() == null || !nullable) {
            return schema;
        }
        var either = new JsonSchema();
        either.setDescription(schema.getDescription());
        either.setOneOf(List.of(new JsonSchema().$ref(schema.get$ref()), new JsonSchema().types(Set.of("null"))));
        return either;
    }
}
