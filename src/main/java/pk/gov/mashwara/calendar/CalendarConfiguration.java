package pk.gov.mashwara.calendar;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The holiday calendar, read as the routing rules are: from {@code mashwara.calendar.holidays} when set, otherwise
 * from {@code config/holidays.yml} in the working directory when there is one, otherwise from the copy packaged
 * with the portal. A mistake stops the start-up with every problem and its line; afterwards the file is checked
 * for changes every minute ({@code mashwara.calendar.reload-check}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfiguration {

    static final String DEFAULT_FILE = "config/holidays.yml";

    private HolidayFile file;

    @Bean
    WorkingCalendar workingCalendar(@Value("${mashwara.calendar.holidays:}") String location,
            ResourceLoader resources) {
        var resource = location.isBlank() ? defaultResource(resources) : resources.getResource(location);
        file = new HolidayFile(resource, location.isBlank() ? describe(resource) : location);
        return file;
    }

    @Scheduled(fixedDelayString = "${mashwara.calendar.reload-check:PT1M}",
            initialDelayString = "${mashwara.calendar.reload-check:PT1M}")
    void reloadWhenChanged() {
        if (file != null) {
            file.reloadIfChanged();
        }
    }

    private static Resource defaultResource(ResourceLoader resources) {
        var file = resources.getResource("file:" + DEFAULT_FILE);
        return file.exists() ? file : resources.getResource("classpath:" + DEFAULT_FILE);
    }

    private static String describe(Resource resource) {
        try {
            return resource.isFile() ? resource.getFile().getPath() : DEFAULT_FILE + " (packaged copy)";
        } catch (IOException e) {
            return DEFAULT_FILE;
        }
    }
}
