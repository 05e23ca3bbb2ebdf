package pk.gov.mashwara.audit.domain;

import org.springframework.data.repository.Repository;

/** Insert only: the repository offers no update or delete. Reads go through {@link AuditEntryQueries}. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);
}
