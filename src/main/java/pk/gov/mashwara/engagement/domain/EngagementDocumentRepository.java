package pk.gov.mashwara.engagement.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Documents of engagements: added and read, never changed or removed. */
public interface EngagementDocumentRepository extends Repository<EngagementDocument, Long> {

    EngagementDocument save(EngagementDocument document);

    Optional<EngagementDocument> findById(long id);

    List<EngagementDocument> findByEngagementIdOrderByUploadedAtAscIdAsc(long engagementId);

    List<EngagementDocument> findBySha256(String sha256);

    @Query("select distinct d.sha256 from EngagementDocument d")
    Set<String> findAllSha256();
}
