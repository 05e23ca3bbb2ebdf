package pk.gov.mashwara.directions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** When reports were sent: appended and read only. */
public interface ReportSentRepository extends Repository<ReportSent, Long> {

    ReportSent save(ReportSent sent);

    Optional<ReportSent> findByReportId(long reportId);

    List<ReportSent> findByReportIdIn(Collection<Long> reportIds);
}
