package pk.gov.mashwara.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API reads JSON request bodies under {@link InputRules}: every string (field, list element, map key or value)
 * without a NUL or an unpaired surrogate, every date within the range. The rules wrap Jackson's own readers, so
 * what a date may look like is unchanged; what breaks them is a 400 that names the field
 * ({@link ApiExceptionHandler}). They apply to request bodies only, not to what the portal reads back from its own
 * store (such as its event publications).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules implements WebMvcConfigurer {

    private static final Set<Class<?>> CHECKED = Set.of(String.class, Instant.class, LocalDate.class,
            LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class);

    /**
     * Spring MVC's JSON converter, in its place among the others (after those for bytes, text and resources: a
     * converter bean of its own would go before them, and write the API description's bytes as a JSON string), is
     * given the same mapper with the rules for what comes in.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.replaceAll(converter ->
                converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(((JacksonJsonHttpMessageConverter) converter).getMapper()
                                .rebuild().addModule(module()).build())
                        : converter));
    }

    static JacksonModule module() {
        return new SimpleModule("mashwara-input-rules").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return CHECKED.contains(deserializer.handledType()) ? new Checked(deserializer) : deserializer;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
                    KeyDeserializer deserializer) {
                return type.hasRawClass(String.class) ? new CheckedKey(deserializer) : deserializer;
            }
        });
    }

    /** Jackson's reader of the value, then the rule. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return check(super.deserialize(p, ctxt), field(p));
        }
    }

    private static final class CheckedKey extends KeyDeserializer {

        private final KeyDeserializer delegate;

        CheckedKey(KeyDeserializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
            var problem = InputRules.problem(key);
            if (problem != null) {
                // the name itself is broken: there is no field to point at
                throw new InvalidInputException(problem, "name of a field");
            }
            return delegate == null ? key : delegate.deserializeKey(key, ctxt);
        }
    }

    private static Object check(Object value, String field) {
        return switch (value) {
            case String text -> InputRules.text(text, field);
            case Instant moment -> InputRules.date(moment, field);
            case LocalDate day -> InputRules.date(day, field);
            case LocalDateTime moment -> {
                InputRules.date(moment.toLocalDate(), field);
                yield moment;
            }
            case OffsetDateTime moment -> {
                InputRules.date(moment.toInstant(), field);
                yield moment;
            }
            case ZonedDateTime moment -> {
                InputRules.date(moment.toInstant(), field);
                yield moment;
            }
            case null, default -> value;
        };
    }

    /** The name of the field being read (of the list or map it is in, for an element). */
    private static String field(JsonParser p) {
        for (var context = p == null ? null : p.streamReadContext(); context != null; context = context.getParent()) {
            if (context.currentName() != null) {
                return context.currentName();
            }
        }
        return "text";
    }
}
