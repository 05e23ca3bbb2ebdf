package pk.gov.mashwara.statement.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One text a statement had: the proposal is revision 1. Never changed. */
@Entity
@Immutable
@Table(name = "statement_revision")
public class StatementRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(nullable = false)
    private int number;

    @Column(name = "text_en", columnDefinition = "mediumtext")
    private String textEn;

    @Column(name = "text_ur", columnDefinition = "mediumtext")
    private String textUr;

    @Column(nullable = false, length = Statement.MAX_OCCASION)
    private String occasion;

    @Column(nullable = false, length = Statement.MAX_COMPANY)
    private String company;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected StatementRevision() {
    }

    public StatementRevision(Statement s, String author, String authorName) {
        this.statementId = s.getId();
        this.number = s.getRevision();
        this.textEn = s.getTextEn();
        this.textUr = s.getTextUr();
        this.occasion = s.getOccasion();
        this.company = s.getCompany();
        this.author = author;
        this.authorName = authorName;
        this.savedAt = s.getUpdatedAt();
    }

    public long getStatementId() { return statementId; }
    public int getNumber() { return number; }
    public String getTextEn() { return textEn; }
    public String getTextUr() { return textUr; }
    public String getOccasion() { return occasion; }
    public String getCompany() { return company; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public Instant getSavedAt() { return savedAt; }
}
