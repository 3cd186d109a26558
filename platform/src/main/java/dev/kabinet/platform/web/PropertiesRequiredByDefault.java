package dev.kabinet.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Our JSON bodies are Java records serialised with every component present (a missing value is written as
 * {@code null}), so each property of a component schema is required; a property that may be {@code null} says so with
 * {@code @Schema(nullable = true)}. Declaring it once here keeps the generated client types exact ({@code string}, not
 * {@code string | undefined}). Schemas that list their required properties themselves, and Spring's
 * {@code ProblemDetail} (whose members vary), are left as they are.
 */
public class PropertiesRequiredByDefault implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().forEach((name, schema) -> {
            if (!name.startsWith("ProblemDetail") && schema.getRequired() == null) {
                requireAll(schema);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static void requireAll(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty()) {
            return;
        }
        schema.setRequired(new ArrayList<>(new TreeSet<>(properties.keySet())));
    }
}
