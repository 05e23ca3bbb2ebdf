package pk.gov.mashwara.directory.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import pk.gov.mashwara.security.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select u from UserAccount u where :text is null or lower(u.username) like :text or lower(u.displayName) like :text")
    Page<UserAccount> search(String text, Pageable pageable);

    @Query("select u from UserAccount u where u.enabled = true and u.committee.id = :committeeId order by u.username")
    List<UserAccount> findEnabledOfCommittee(long committeeId);

    /** {@code prefix}: a lower-case LIKE pattern escaped with {@code !} (a backslash means different things to H2 and MariaDB). */
    @Query("select u from UserAccount u where u.enabled = true and (lower(u.username) like :prefix escape '!'"
            + " or lower(u.displayName) like :prefix escape '!') order by u.username")
    List<UserAccount> findMentionable(String prefix, Pageable pageable);

    @Query("select count(u) from UserAccount u where u.enabled = true and :role member of u.roles and u.id <> :exceptId")
    long countEnabledWithRole(Role role, long exceptId);

    long countByEnabledFalse();

    @Query("select u from UserAccount u where :role member of u.roles order by u.id")
    List<UserAccount> findWithRole(Role role);
}
