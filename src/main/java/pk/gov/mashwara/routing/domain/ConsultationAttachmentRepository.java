package pk.gov.mashwara.routing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Attached files of consultation steps: added and read, never changed or removed. */
public interface ConsultationAttachmentRepository extends Repository<ConsultationAttachment, Long> {

    ConsultationAttachment save(ConsultationAttachment attachment);

    Optional<ConsultationAttachment> findByConsultationId(long consultationId);

    List<ConsultationAttachment> findByConsultationIdIn(Collection<Long> consultationIds);

    @Query("select distinct a.sha256 from ConsultationAttachment a")
    Set<String> findAllSha256();
}
