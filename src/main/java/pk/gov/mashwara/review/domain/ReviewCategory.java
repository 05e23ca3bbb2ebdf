package pk.gov.mashwara.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category threads are filed under: reference data (migration V27), never deleted, made inactive instead. */
@Entity
@Table(name = "review_category")
public class ReviewCategory {

    /** The category a thread gets when none is chosen. */
    public static final String OTHER = "OTHER";

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_ur", nullable = false, length = 100)
    private String nameUr;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected ReviewCategory() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameUr() { return nameUr; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
}
