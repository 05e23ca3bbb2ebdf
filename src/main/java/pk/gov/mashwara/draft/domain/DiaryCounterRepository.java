package pk.gov.mashwara.draft.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DiaryCounterRepository extends JpaRepository<DiaryCounter, Integer> {

    /**
     * Takes the year's next number in one statement: creates the year's row or increments it, holding an
     * exclusive row lock until the transaction ends. Concurrent submissions queue on that lock. (First inserting
     * with {@code INSERT IGNORE} and then locking with {@code SELECT ... FOR UPDATE} deadlocks on MariaDB: the
     * ignored duplicate takes a shared lock that every waiting transaction then tries to upgrade.)
     */
    @Modifying
    @Query(value = "INSERT INTO diary_counter (diary_year, last_value) VALUES (:year, 1) "
            + "ON DUPLICATE KEY UPDATE last_value = last_value + 1", nativeQuery = true)
    int increment(int year);

    /** The year's last number; after {@link #increment(int)}, the one this transaction took. */
    @Query(value = "SELECT last_value FROM diary_counter WHERE diary_year = :year", nativeQuery = true)
    int lastValue(int year);
}
