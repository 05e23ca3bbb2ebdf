package pk.gov.mashwara.statement.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import pk.gov.mashwara.statement.StatementStatus;

public interface StatementRepository extends JpaRepository<Statement, Long> {

    List<Statement> findByStatusOrderByIdDesc(StatementStatus status);

    @Query("select s from Statement s where s.status <> pk.gov.mashwara.statement.StatementStatus.ISSUED order by s.id desc")
    List<Statement> findUnissued();

    @Query("select distinct s from Statement s where s.status <> pk.gov.mashwara.statement.StatementStatus.ISSUED and ("
            + "s.proposer = :username or s.id in (select v.statementId from ViewRequest v where v.username = :username"
            + " or (:committeeId is not null and v.committeeId = :committeeId))) order by s.id desc")
    List<Statement> findUnissuedFor(String username, Long committeeId);
}
