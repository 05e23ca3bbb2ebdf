package pk.gov.mashwara.statement.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ViewRequestRepository extends JpaRepository<ViewRequest, Long> {

    List<ViewRequest> findByStatementIdOrderByIdAsc(long statementId);

    @Query("select v from ViewRequest v where v.reply is null and (v.username = :username"
            + " or (:committeeId is not null and v.committeeId = :committeeId)) order by v.id")
    List<ViewRequest> findOpenFor(String username, Long committeeId);
}
