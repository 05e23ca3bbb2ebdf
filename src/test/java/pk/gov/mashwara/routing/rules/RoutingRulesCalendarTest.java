package pk.gov.mashwara.routing.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.routing.rules.RoutingRulesReaderTest.changed;
import static pk.gov.mashwara.routing.rules.RoutingRulesReaderTest.lineOf;
import static pk.gov.mashwara.routing.rules.RoutingRulesReaderTest.problems;
import static pk.gov.mashwara.routing.rules.RoutingRulesReaderTest.read;
import static pk.gov.mashwara.routing.rules.RoutingRulesReaderTest.shipped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Period;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;

/** Deadlines in working days and priority marks: the rule book says nothing the calendar cannot keep. */
class RoutingRulesCalendarTest {

    @Test
    void theShippedPrioritiesShortenDeadlinesWithAFloorOfOneWorkingDay() throws IOException {
        var rules = read(shipped());
        assertThat(rules.priorityFactors()).containsEntry(Priority.ROUTINE, BigDecimal.ONE)
                .containsEntry(Priority.IMMEDIATE, new BigDecimal("0.5"))
                .containsEntry(Priority.MOST_IMMEDIATE, new BigDecimal("0.25"));
        var review = rules.state(DraftStatus.UNDER_REVIEW).deadline();
        assertThat(rules.workingDays(review, Priority.ROUTINE)).isEqualTo(21);
        assertThat(rules.workingDays(review, Priority.IMMEDIATE)).isEqualTo(11);
        assertThat(rules.workingDays(review, Priority.MOST_IMMEDIATE)).isEqualTo(5);
        // SUBMITTED waits 3 working days: a quarter of that rounds to 1, the floor
        assertThat(rules.workingDays(rules.state(DraftStatus.SUBMITTED).deadline(), Priority.MOST_IMMEDIATE))
                .isEqualTo(1);
        assertThat(rules.workingDays(Period.ofDays(1), Priority.MOST_IMMEDIATE)).isEqualTo(1);
    }

    @Test
    void aCabinetStepWhoseDeadlineCannotHoldItsClearDaysIsReportedWithItsLine() throws IOException {
        var line = "    - { step: cabinet-decision, with: CABINET, deadline: P7D, decides: true, clear-days-before-meeting: 7 }";
        var yaml = changed("    - { step: cabinet-decision, with: CABINET, deadline: P30D, decides: true, clear-days-before-meeting: 7 }",
                line);
        assertThat(problems(yaml)).containsExactly("line " + lineOf(yaml, line) + ": consultation cabinet-decision of "
                + "BILL: its deadline of 7 working days cannot hold the 7 clear days between lodging the "
                + "summary and the meeting; give it more than 7 working days");
    }

    @Test
    void aCabinetStepThatAPriorityShortensBelowItsClearDaysIsReported() throws IOException {
        // 20 working days hold 7 clear days; at Most Immediate (a quarter) they become 5, which do not
        var line = "    - { step: cabinet-decision, with: CABINET, deadline: P20D, decides: true, clear-days-before-meeting: 7 }";
        var yaml = changed("    - { step: cabinet-decision, with: CABINET, deadline: P30D, decides: true, clear-days-before-meeting: 7 }",
                line);
        assertThat(problems(yaml)).singleElement().asString().startsWith("line " + lineOf(yaml, line) + ":")
                .contains("its deadline of 5 working days (MOST_IMMEDIATE) cannot hold the 7 clear days");
    }

    @Test
    void aPriorityFactorThatMakesADeadlineZeroIsReported() throws IOException {
        var yaml = changed("  MOST_IMMEDIATE: 0.25", "  MOST_IMMEDIATE: 0.1");
        // SUBMITTED's three working days at a tenth round to none
        assertThat(problems(yaml)).contains("line " + lineOf(yaml, "  SUBMITTED:") + ": state SUBMITTED: the factor "
                + "0.1 of MOST_IMMEDIATE makes its deadline of 3 working days zero; lengthen the deadline or raise "
                + "the factor");
        var zero = changed("  IMMEDIATE: 0.5", "  IMMEDIATE: 0");
        assertThat(problems(zero)).contains("line " + lineOf(zero, "  IMMEDIATE: 0\n") + ": priority IMMEDIATE: a "
                + "factor of 0 makes every deadline zero working days; give a number above 0 and at most 1");
    }

    @Test
    void aZeroDeadlineAndFactorsOutOfOrderOrAboveOneAreReported() throws IOException {
        var zero = changed("    deadline: P3D", "    deadline: P0D");
        assertThat(problems(zero)).containsExactly("line " + lineOf(zero, "  SUBMITTED:") + ": state SUBMITTED: a "
                + "deadline of zero working days falls before anyone can act; give at least P1D or no deadline");
        var above = changed("  PRIORITY: 0.75", "  PRIORITY: 1.5");
        assertThat(problems(above)).singleElement().asString().contains("priority PRIORITY: a factor of 1.5 "
                + "lengthens deadlines");
        var order = changed("  MOST_IMMEDIATE: 0.25", "  MOST_IMMEDIATE: 0.6");
        assertThat(problems(order)).containsExactly("line " + lineOf(order, "  MOST_IMMEDIATE: 0.6") + ": priority "
                + "MOST_IMMEDIATE gives more time (0.6) than the less urgent IMMEDIATE (0.5)");
        var unknown = changed("  MOST_IMMEDIATE: 0.25", "  FLASH: 0.25");
        assertThat(problems(unknown)).singleElement().asString().contains("unknown priority 'FLASH'");
    }
}
