package pk.gov.mashwara.routing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import pk.gov.mashwara.draft.DraftStatus;

/**
 * One save of the working group's input on a draft: its covering note and its text (sanitised HTML), who saved
 * it, when and in which state of the draft. Written once, never changed or removed; the numbers of a draft's
 * revisions count up from 1 (the database refuses a number twice, so of two simultaneous saves one fails).
 */
@Entity
@Immutable
@Table(name = "input_revision")
public class InputRevision {

    /** The longest covering note, in characters. */
    public static final int MAX_NOTE = 2_000;
    /**
     * The longest text, in characters of sanitised HTML: the note and the text together, as cleared, fit the
     * clearance's {@link Clearance#MAX_INPUT}.
     */
    public static final int MAX_BODY = 17_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "revision_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "draft_status", nullable = false, updatable = false, length = 40)
    private DraftStatus draftStatus;

    @Column(name = "covering_note", nullable = false, updatable = false, columnDefinition = "text")
    private String coveringNote;

    // mediumtext on MariaDB (17,000 characters of four bytes do not fit a row); varchar on H2
    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    protected InputRevision() {
    }

    public InputRevision(long draftId, int number, DraftStatus draftStatus, String coveringNote, String body,
            String author, String authorName, Instant savedAt) {
        this.draftId = draftId;
        this.number = number;
        this.draftStatus = draftStatus;
        this.coveringNote = coveringNote;
        this.body = body;
        this.author = author;
        this.authorName = authorName;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public int getNumber() { return number; }
    public DraftStatus getDraftStatus() { return draftStatus; }
    public String getCoveringNote() { return coveringNote; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
    public String getAuthorName() { return authorName; }
    public Instant getSavedAt() { return savedAt; }
}
