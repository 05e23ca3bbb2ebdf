package pk.gov.mashwara.directory.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FocalPersonTermRepository extends JpaRepository<FocalPersonTerm, Long> {

    List<FocalPersonTerm> findByToDateIsNull();

    List<FocalPersonTerm> findAllByOrderByIdDesc();
}
