package pk.gov.mashwara.routing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /** The steps of the draft's latest round, in order. */
    @Query("""
            select c from Consultation c where c.draftId = :draftId
            and c.round = (select max(d.round) from Consultation d where d.draftId = :draftId)
            order by c.position, c.id""")
    List<Consultation> findLatestRound(long draftId);

    @Query("select coalesce(max(c.round), 0) from Consultation c where c.draftId = :draftId")
    int lastRound(long draftId);
}
