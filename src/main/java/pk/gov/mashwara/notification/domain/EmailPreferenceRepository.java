package pk.gov.mashwara.notification.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailPreferenceRepository extends JpaRepository<EmailPreference, EmailPreference.Key> {

    List<EmailPreference> findByUserId(long userId);

    List<EmailPreference> findByUserIdIn(Collection<Long> userIds);
}
