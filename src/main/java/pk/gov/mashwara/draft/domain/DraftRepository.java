package pk.gov.mashwara.draft.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<Draft, Long>, JpaSpecificationExecutor<Draft> {

    // fetch joins, not entity graphs: Spring Data looks an entity graph up by name first, and the miss is thrown
    @Query("select d from Draft d left join fetch d.versions where d.id = :id")
    Optional<Draft> findWithVersions(long id);

    /** These drafts with their versions, in one query (a page of the drafts list). */
    @Query("select distinct d from Draft d left join fetch d.versions where d.id in :ids")
    java.util.List<Draft> findAllWithVersions(java.util.Collection<Long> ids);

    /**
     * The draft, locked until the transaction ends: two uploads to one draft at the same moment then take their
     * version numbers one after the other, and both are kept.
     */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Draft d where d.id = :id")
    Optional<Draft> findForUpdate(long id);
}
