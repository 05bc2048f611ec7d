package io.kiosque.http.hardening;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.kiosque.http.StorableInput;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bounds what the API's JSON parser accepts: nesting depth and string length at the parser, so a hostile body costs
 * little before it is refused; strings that PostgreSQL cannot store (U+0000, unpaired surrogates) and instants outside
 * its range become a 400 naming the member, not a failed SQL statement. Instants must be ISO 8601 strings.
 */
@Singleton
public class JsonInputHardening implements ObjectMapperCustomizer {

    private final JsonLimitsConfig limits;

    JsonInputHardening(JsonLimitsConfig limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        harden(mapper, limits.maxNestingDepth(), limits.maxStringLength());
    }

    /** Applies the bounds to a mapper; public so that tests can check them on a mapper of their own. */
    public static void harden(ObjectMapper mapper, int maxNestingDepth, int maxStringLength) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength).build());
        // One reading of a body only: parsers disagree on which duplicate member wins, and on what follows the value.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Types as documented: no "5" for 5, no 1.5 truncated to 1, no true for 1 (strings:
        // StorableStringDeserializer).
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("kiosque-storable-input");
        module.addDeserializer(String.class, new StorableStringDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class
                        ? new StorableInstantDeserializer(deserializer)
                        : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Jackson would write 42 or true as "42" or "true": a text member must be a JSON string.
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = super.deserialize(parser, context);
            Optional<String> problem = value == null ? Optional.empty() : StorableInput.textProblem(value);
            if (problem.isPresent()) {
                throw MismatchedInputException.from(parser, String.class, problem.get());
            }
            return value;
        }
    }

    /** Jackson trims enum names it does not know ("editor\u0000" became editor): a name must be exact. */
    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (!text.equals(text.strip()) || !StorableInput.isStorable(text)) {
                    throw MismatchedInputException.from(parser, handledType(), "not one of the documented values");
                }
            }
            return super.deserialize(parser, context);
        }
    }

    static final class StorableInstantDeserializer extends DelegatingDeserializer {

        StorableInstantDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StorableInstantDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Jackson would take numbers as epoch seconds and trim the text (NUL included): neither is ISO 8601.
            String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
            if (text == null || !text.equals(text.strip()) || !StorableInput.isStorable(text)) {
                throw MismatchedInputException.from(parser, Instant.class,
                        "must be an ISO 8601 instant with offset, such as 2025-06-20T06:00:00+02:00");
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof Instant instant && !StorableInput.isStorable(instant)) {
                throw MismatchedInputException.from(parser, Instant.class,
                        "must be between " + StorableInput.MIN_INSTANT + " and " + StorableInput.MAX_INSTANT);
            }
            return value;
        }
    }
}
