package pk.gov.mashwara.directions.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Signed-off progress reports: appended and read, never changed or removed (no update or delete is offered). */
public interface ProgressReportRepository extends Repository<ProgressReport, Long> {

    ProgressReport save(ProgressReport report);

    Optional<ProgressReport> findById(long id);

    /** The letter's reports, the first first. */
    List<ProgressReport> findByLetterIdOrderByIdAsc(long letterId);

    /** A body's latest own report on the letter (not a consolidated one it compiled). */
    Optional<ProgressReport> findFirstByLetterIdAndCommitteeIdAndConsolidatedFalseOrderByIdDesc(long letterId,
            long committeeId);

    /** The letter's latest consolidated report, whoever compiled it. */
    Optional<ProgressReport> findFirstByLetterIdAndConsolidatedTrueOrderByIdDesc(long letterId);

    List<ProgressReport> findAll();
}
