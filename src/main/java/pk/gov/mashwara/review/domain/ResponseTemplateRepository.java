package pk.gov.mashwara.review.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResponseTemplateRepository extends JpaRepository<ResponseTemplate, Long> {

    @Query("select t from ResponseTemplate t where t.committeeId is null order by lower(t.title), t.id")
    List<ResponseTemplate> findNsmcwgs();

    @Query("select t from ResponseTemplate t where t.committeeId = :committeeId order by lower(t.title), t.id")
    List<ResponseTemplate> findByCommittee(long committeeId);
}
