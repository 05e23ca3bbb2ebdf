package pk.gov.mashwara.review.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCategoryRepository extends JpaRepository<ReviewCategory, String> {

    List<ReviewCategory> findAllByOrderByPosition();
}
