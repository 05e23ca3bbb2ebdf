package pk.gov.mashwara.calendar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.calendar.CalendarService;
import pk.gov.mashwara.calendar.Holiday;

@RestController
@Tag(name = "Calendar", description = "The office calendar: working days and the federal gazetted holidays")
@SecurityRequirement(name = "basic")
class CalendarApiController {

    private final CalendarService calendar;

    CalendarApiController(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The day a deadline falls on, with what was not counted on the way. */
    record WorkingDays(LocalDate from, int days, LocalDate due, Instant dueAt, List<Skipped> holidaysSkipped,
            int weekendDaysSkipped) {
    }

    /** A holiday not counted. */
    record Skipped(LocalDate date, String name, String nameUrdu) {

        static Skipped of(Holiday holiday) {
            return new Skipped(holiday.date(), holiday.name(), holiday.urdu());
        }
    }

    @Operation(summary = "The day a deadline of some working days falls on",
            description = "Counts `days` working days after `from` on the office calendar (config/holidays.yml: "
                    + "Saturdays, Sundays and the federal gazetted holidays are not counted, `from` itself neither) "
                    + "and returns that day, the close of its office day (17:00 Pakistan time) as `dueAt`, the "
                    + "holidays passed over and how many weekend days. As the rule book's deadlines are counted "
                    + "(before a priority mark shortens them). For any signed-in user. 400, naming the parameter, "
                    + "when `from` is not a day as YYYY-MM-DD or `days` not a whole number from 0 to 366.")
    @GetMapping("/api/calendar/working-days")
    WorkingDays workingDays(
            @Parameter(description = "the day to count from, e.g. 2026-12-24") @RequestParam(required = false) String from,
            @Parameter(description = "working days, 0 to 366") @RequestParam(required = false) String days) {
        var due = calendar.dueAfter(from, days);
        return new WorkingDays(due.from(), due.days(), due.due(), due.dueAt(),
                due.holidaysSkipped().stream().map(Skipped::of).toList(), due.weekendDays());
    }
}
