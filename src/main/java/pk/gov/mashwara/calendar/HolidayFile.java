package pk.gov.mashwara.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * The working calendar as the holiday file says now: read at start-up (a mistake stops it), and read again when
 * the file changes, so that a holiday the Cabinet Division notifies is in force within a minute without a
 * restart. A mistaken edit is logged and the calendar read before it stays in force.
 */
final class HolidayFile implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayFile.class);

    private final Resource resource;
    private final String name;
    private final AtomicReference<HolidayCalendar> current = new AtomicReference<>();
    private volatile long lastModified;
    private volatile String lastText;

    /** @throws InvalidHolidaysException when the file does not exist, cannot be read or is not valid */
    HolidayFile(Resource resource, String name) {
        this.resource = resource;
        this.name = name;
        if (!resource.exists()) {
            throw new InvalidHolidaysException(name, List.of("the file does not exist"));
        }
        lastModified = modified();
        var text = text();
        current.set(HolidaysReader.read(text, name));
        lastText = text;
        log.info("Holiday calendar read from {}: {} holidays, weekend {}", name, current.get().holidayCount(),
                current.get().weekend());
    }

    /**
     * Reads the file again if it changed since it was last read; returns whether a new calendar is now in force.
     * A file that no longer reads or holds a mistake leaves the calendar as it was.
     */
    boolean reloadIfChanged() {
        long modified = modified();
        if (modified == lastModified) {
            return false;
        }
        lastModified = modified;
        String text;
        try {
            text = text();
        } catch (InvalidHolidaysException e) {
            log.error("{}; the holiday calendar read before stays in force", e.getMessage());
            return false;
        }
        // the same text saved again changes nothing
        if (text.equals(lastText)) {
            return false;
        }
        try {
            var calendar = HolidaysReader.read(text, name);
            current.set(calendar);
            lastText = text;
            log.info("Holiday calendar read again from {}: {} holidays, weekend {}", name, calendar.holidayCount(),
                    calendar.weekend());
            return true;
        } catch (InvalidHolidaysException e) {
            log.error("{}\nThe holiday calendar read before stays in force until the file is corrected.",
                    e.getMessage());
            return false;
        }
    }

    private long modified() {
        try {
            return resource.isFile() ? resource.lastModified() : 0;
        } catch (IOException e) {
            // gone for a moment (an editor replacing it): try again at the next check
            return lastModified;
        }
    }

    private String text() {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidHolidaysException(name, List.of("the file cannot be read: " + e.getMessage()));
        }
    }

    @Override
    public boolean isWorkingDay(java.time.LocalDate day) {
        return current.get().isWorkingDay(day);
    }

    @Override
    public java.time.LocalDate addWorkingDays(java.time.LocalDate from, int days) {
        return current.get().addWorkingDays(from, days);
    }

    @Override
    public int workingDaysBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return current.get().workingDaysBetween(from, to);
    }

    @Override
    public String holidayName(java.time.LocalDate day) {
        return current.get().holidayName(day);
    }

    @Override
    public List<Holiday> holidaysBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return current.get().holidaysBetween(from, to);
    }
}
