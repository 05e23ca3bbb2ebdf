package pk.gov.mashwara.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByCode(String code);

    boolean existsByCode(String code);

    List<Committee> findAllByOrderByCode();

    /** {@code prefix}: a lower-case LIKE pattern escaped with {@code !} (a backslash means different things to H2 and MariaDB). */
    @Query("select c from Committee c where c.active = true and (lower(c.code) like :prefix escape '!'"
            + " or lower(c.name) like :prefix escape '!' or lower(c.nameUr) like :prefix escape '!') order by c.code")
    List<Committee> findMentionable(String prefix, Pageable pageable);
}
