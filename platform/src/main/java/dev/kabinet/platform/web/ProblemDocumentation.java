package dev.kabinet.platform.web;

import dev.kabinet.platform.security.AccountNumber;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The one way every service declares its problem responses and security in OpenAPI (ADR 0006): the shared
 * {@code Problem} and {@code FieldError} schemas, the bearer security scheme required by every operation, and on
 * every operation the responses the platform itself may give: 400 when it takes input ({@code validation},
 * {@code malformed-request}), 401 ({@code unauthorized}) and, on an account-scoped endpoint (one taking an
 * {@link AccountNumber}), the path parameter {@code number}, 400 {@code malformed-account-number} and 403
 * {@code account-access-denied}. An operation adds its own with {@link ProblemResponse}.
 */
public class ProblemDocumentation implements OpenApiCustomizer, OperationCustomizer {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    public static final String SECURITY_SCHEME = "bearer";
    private static final String PROBLEM_JSON = "application/problem+json";

    static {
        // The account number comes from the path through CallersAccountResolver, not from a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccountNumber.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean accountScoped = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> AccountNumber.class.equals(p.getParameterType()));
        if (accountScoped) {
            var parameters = new ArrayList<Parameter>();
            parameters.add(new Parameter()
                    .name(AccountNumber.PATH_VARIABLE)
                    .in("path")
                    .required(true)
                    .description("Account number (лицевой счёт), 10 to 13 digits")
                    .example("1000000011")
                    .schema(new StringSchema().pattern("^" + AccountNumber.PATTERN + "$")));
            if (operation.getParameters() != null) {
                parameters.addAll(operation.getParameters());
            }
            operation.setParameters(parameters);
        }
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = accountScoped
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        var declared = new LinkedHashMap<Integer, List<String>>();
        var descriptions = new LinkedHashMap<Integer, String>();
        if (takesInput) {
            declared.put(400, new ArrayList<>(List.of("validation", "malformed-request")));
            descriptions.put(400, "The request is malformed or a parameter is out of range; `errors` names the fields");
            if (accountScoped) {
                declared.get(400).add("malformed-account-number");
            }
        }
        declared.put(401, new ArrayList<>(List.of("unauthorized")));
        descriptions.put(401, "No valid access token (missing, expired, foreign issuer or audience)");
        if (accountScoped) {
            declared.put(403, new ArrayList<>(List.of("account-access-denied")));
            descriptions.put(403, "The account is not linked to the caller, or does not exist");
        }
        for (var extra : AnnotatedElementUtils.findMergedRepeatableAnnotations(
                handler.getMethod(), ProblemResponse.class, ProblemResponse.List.class)) {
            declared.computeIfAbsent(extra.status(), s -> new ArrayList<>()).addAll(List.of(extra.types()));
            if (!extra.description().isBlank()) {
                descriptions.put(extra.status(), extra.description());
            }
        }
        declared.forEach((status, types) -> responses.addApiResponse(
                Integer.toString(status), problem(descriptions.getOrDefault(status, "Refused"), types)));
        operation.setResponses(responses);
        return operation;
    }

    private static ApiResponse problem(String description, List<String> types) {
        return new ApiResponse()
                .description(description + ". Problem types: "
                        + types.stream().distinct().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        var components = openApi.getComponents();
        components.addSchemas(PROBLEM, problemSchema());
        components.addSchemas(FIELD_ERROR, fieldErrorSchema());
        if (components.getSecuritySchemes() == null
                || !components.getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
            components.addSecuritySchemes(
                    SECURITY_SCHEME,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")
                            .description("Keycloak access token of realm kabinet with audience kabinet-api (relayed by"
                                    + " the gateway from the resident's session)"));
        }
        if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
            openApi.setSecurity(List.of(new SecurityRequirement().addList(SECURITY_SCHEME)));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                new StringSchema()
                        .format("uri")
                        .description("Stable problem type: https://kabinet.dev/problems/<slug>")
                        .example("https://kabinet.dev/problems/validation"));
        properties.put("title", new StringSchema().description("Short English summary of the status"));
        properties.put("status", new IntegerSchema().format("int32").example(400));
        properties.put(
                "detail",
                new StringSchema()
                        .description("What happened and what to do, in Russian: may be shown to the resident")
                        .example("Проверьте введённые данные."));
        properties.put("instance", new StringSchema().description("The request path"));
        properties.put("traceId", new StringSchema().description("Trace id to quote to support"));
        properties.put(
                "errors",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("Field problems, one per field at fault; absent when none"));
        var schema = new ObjectSchema()
                .description("RFC 9457 problem detail. `detail` is in Russian and may be shown to the resident.");
        schema.setProperties(properties);
        schema.setRequired(List.of("detail", "status", "title", "type"));
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "field",
                new StringSchema()
                        .description("JSON path of the input at fault")
                        .example("values.T1"));
        properties.put("message", new StringSchema().description("What is wrong with it, in Russian"));
        var schema = new ObjectSchema().description("One field's problem");
        schema.setProperties(properties);
        schema.setRequired(List.of("field", "message"));
        return schema;
    }
}
