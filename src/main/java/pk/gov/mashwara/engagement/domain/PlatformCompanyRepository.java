package pk.gov.mashwara.engagement.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface PlatformCompanyRepository extends Repository<PlatformCompany, Long> {

    PlatformCompany save(PlatformCompany company);

    Optional<PlatformCompany> findById(long id);

    Optional<PlatformCompany> findByNameIgnoreCase(String name);

    List<PlatformCompany> findAllByOrderByNameAsc();
}
