package pk.gov.mashwara.directions.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByProgressIdIn(Collection<Long> progressIds);

    List<Evidence> findBySha256(String sha256);

    @Query("select e.sha256 from Evidence e")
    List<String> allSha256();
}
