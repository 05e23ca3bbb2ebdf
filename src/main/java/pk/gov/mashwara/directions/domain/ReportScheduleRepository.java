package pk.gov.mashwara.directions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportScheduleRepository extends JpaRepository<ReportSchedule, Long> {
}
