package pk.gov.mashwara.draft;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.domain.DiaryCounterRepository;

/**
 * Diary numbers of the NSMCWG: {@code NSMCWG/<year>/<nnnn>}, sequential per year. The year's counter row is
 * locked from the moment the number is taken until the submitting transaction ends, so concurrent submissions
 * queue instead of colliding; the number is not consumed if that transaction rolls back.
 */
@Component
class DiaryNumbers {

    private final DiaryCounterRepository counters;

    DiaryNumbers(DiaryCounterRepository counters) {
        this.counters = counters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        counters.increment(year);
        return "NSMCWG/%d/%04d".formatted(year, counters.lastValue(year));
    }
}
