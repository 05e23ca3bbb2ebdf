package pk.gov.mashwara.statement.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Issues are written once and read: no update or delete is offered. */
public interface StatementIssueRepository extends Repository<StatementIssue, Long> {

    StatementIssue saveAndFlush(StatementIssue issue);

    Optional<StatementIssue> findByStatementId(long statementId);

    List<StatementIssue> findAllByOrderByIssuedAtDescIdDesc();
}
