package pk.gov.mashwara.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationKind;

/** One notification for one recipient. Only its read time ever changes. */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_ACTOR = 200;
    public static final int MAX_TITLE = 300;
    public static final int MAX_EXCERPT = 500;
    public static final int MAX_LINK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 32)
    private NotificationKind kind;

    /** The draft it is about; null for a notice about something else (a letter, a direction, a data request, a commitment, …). */
    @Column(name = "draft_id", updatable = false)
    private Long draftId;

    @Column(name = "thread_id", updatable = false)
    private Long threadId;

    @Column(name = "actor_name", updatable = false, length = MAX_ACTOR)
    private String actorName;

    @Column(name = "draft_title", nullable = false, updatable = false, length = MAX_TITLE)
    private String draftTitle;

    @Column(updatable = false, length = MAX_EXCERPT)
    private String excerpt;

    @Column(nullable = false, updatable = false, length = MAX_LINK)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientId, NotificationKind kind, Long draftId, Long threadId, String actorName,
            String draftTitle, String excerpt, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.draftId = draftId;
        this.threadId = threadId;
        this.actorName = cut(actorName, MAX_ACTOR);
        this.draftTitle = draftTitle == null ? "" : cut(draftTitle, MAX_TITLE);
        this.excerpt = cut(excerpt, MAX_EXCERPT);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** Marks it read; a second time keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public NotificationItem toItem() {
        return new NotificationItem(id, kind, draftId, threadId, actorName, draftTitle, excerpt, link, createdAt,
                readAt != null);
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** Longer texts are cut with an ellipsis rather than refused: a notification must never fail the action. */
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        var stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
