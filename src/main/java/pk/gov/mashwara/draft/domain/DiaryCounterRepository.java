package pk.gov.mashwara.draft.domain;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DiaryCounterRepository extends JpaRepository<DiaryCounter, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DiaryCounter c where c.year = :year")
    Optional<DiaryCounter> lockYear(int year);

    /** Creates the year's row if missing; harmless when another transaction created it first. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO diary_counter (diary_year, last_value) VALUES (:year, 0)", nativeQuery = true)
    int createYearIfMissing(int year);
}
