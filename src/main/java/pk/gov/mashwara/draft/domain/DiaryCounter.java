package pk.gov.mashwara.draft.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last diary number given in a year. Only ever changed by {@link DiaryCounterRepository#increment(int)},
 * under a row lock, so that numbers never repeat or skip.
 */
@Entity
@Table(name = "diary_counter")
public class DiaryCounter {

    @Id
    @Column(name = "diary_year")
    private int year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected DiaryCounter() {
    }

    public DiaryCounter(int year) {
        this.year = year;
    }

    public int getLastValue() {
        return lastValue;
    }
}
