package pk.gov.mashwara.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request parameter or path variable of type {@link Instant} or {@link LocalDate} is read in ISO-8601 form and
 * within {@link InputRules}' range, as JSON bodies are ({@link JsonInputRules}): an endpoint that takes a date
 * cannot pass a year 999999 to a database that refuses it.
 */
@Configuration(proxyBeanMethods = false)
class DateParameterRules implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, new InstantParameter());
        registry.addConverter(String.class, LocalDate.class, new DateParameter());
    }

    private static final class InstantParameter implements Converter<String, Instant> {
        @Override
        public Instant convert(String source) {
            if (source.isBlank()) {
                return null;
            }
            try {
                return InputRules.date(Instant.parse(source.strip()), "date");
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("error.api.instant", "date");
            }
        }
    }

    private static final class DateParameter implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            if (source.isBlank()) {
                return null;
            }
            try {
                return InputRules.date(LocalDate.parse(source.strip()), "date");
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("error.api.instant", "date");
            }
        }
    }
}
