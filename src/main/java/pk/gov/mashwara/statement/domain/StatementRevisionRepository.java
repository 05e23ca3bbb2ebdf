package pk.gov.mashwara.statement.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Revisions are added, never changed: no update or delete is offered. */
public interface StatementRevisionRepository extends Repository<StatementRevision, Long> {

    StatementRevision save(StatementRevision revision);

    List<StatementRevision> findByStatementIdOrderByNumberAsc(long statementId);
}
