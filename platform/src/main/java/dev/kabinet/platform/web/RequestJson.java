package dev.kabinet.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON mapper that reads every request body of a service (issue #5, faults A, B, D and E), kept apart from the
 * application's {@code JsonMapper} (Kafka events, which are checked against their schema, and outbound clients keep
 * Boot's): Boot's customizers, then
 * <ul>
 *   <li><b>limits</b> ({@link Limits}, {@code kabinet.web.request-json.*}): tokens, nesting depth, string, number and
 *       name lengths, document size — a body over one is refused (413) while it is parsed, before it becomes thousands
 *       of objects for validation to walk;
 *   <li><b>strict binding</b>: a fraction into an integer, a number or boolean into a string (or a number into a
 *       boolean) and a key given twice are refused (400 naming the field) instead of being cut, coerced or the last
 *       one winning;
 *   <li><b>text</b>: every string value and map key is refused when it holds a character of {@link RequestText}
 *       ({@link InvalidCharacters}, 400 {@code invalid-characters} naming the field).
 * </ul>
 */
public final class RequestJson {

    private RequestJson() {}

    /** The limits of a request body; the defaults are far above Kabinet's largest body (a payment of 20 lines). */
    @ConfigurationProperties("kabinet.web.request-json")
    public record Limits(
            @DefaultValue("1000") long maxTokens,
            @DefaultValue("16") int maxNestingDepth,
            @DefaultValue("20000") int maxStringLength,
            @DefaultValue("100") int maxNumberLength,
            @DefaultValue("1000") int maxNameLength,
            @DefaultValue("1048576") long maxDocumentLength) {

        public static Limits defaults() {
            return new Limits(1000, 16, 20_000, 100, 1000, 1_048_576);
        }

        StreamReadConstraints constraints() {
            return StreamReadConstraints.builder()
                    .maxTokenCount(maxTokens)
                    .maxNestingDepth(maxNestingDepth)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(maxNumberLength)
                    .maxNameLength(maxNameLength)
                    .maxDocumentLength(maxDocumentLength)
                    .build();
        }
    }

    /** The request mapper: Boot's customizers (modules, mixins, properties), then Kabinet's limits and rules. */
    public static JsonMapper mapper(List<JsonMapperBuilderCustomizer> customizers, Limits limits) {
        var builder = new JsonMapper.Builder(JsonFactory.builder()
                .streamReadConstraints(limits.constraints())
                .build());
        customizers.forEach(c -> c.customize(builder));
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new SimpleModule("kabinet-request-text")
                        .addDeserializer(String.class, new CheckedText())
                        .addKeyDeserializer(String.class, new CheckedKey()))
                .build();
    }

    /** Reads request bodies with the request mapper and writes nothing: answers stay with Boot's converter. */
    public static final class Reader extends JacksonJsonHttpMessageConverter {

        Reader(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        public boolean canWrite(Class<?> clazz, @Nullable MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(ResolvableType type, Class<?> valueClass, @Nullable MediaType mediaType) {
            return false;
        }
    }

    /** A string value with a character of {@link RequestText}; its path names the field. */
    public static final class InvalidCharacters extends MismatchedInputException {

        private final int character;

        InvalidCharacters(JsonParser parser, int character) {
            super(
                    parser,
                    String.format("The text holds the character U+%04X, which is not allowed", character),
                    String.class);
            this.character = character;
        }

        /** The forbidden character found. */
        public int character() {
            return character;
        }
    }

    /** Boot's string deserializer (with the coercion rules above), then the character check. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            int forbidden = RequestText.firstForbidden(value);
            if (forbidden >= 0) {
                throw new InvalidCharacters(p, forbidden);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /** A map key (a meter's scale, {@code values.T1}) is text too. */
    static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            int forbidden = RequestText.firstForbidden(key);
            if (forbidden >= 0) {
                throw new InvalidCharacters(ctxt.getParser(), forbidden);
            }
            return key;
        }
    }
}
