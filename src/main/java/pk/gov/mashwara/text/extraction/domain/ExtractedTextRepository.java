package pk.gov.mashwara.text.extraction.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtractedTextRepository extends JpaRepository<ExtractedText, Long> {
}
