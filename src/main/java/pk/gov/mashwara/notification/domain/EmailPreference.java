package pk.gov.mashwara.notification.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import pk.gov.mashwara.notification.NotificationKind;

/** A user's explicit choice for one kind; kinds without a row follow the default. */
@Entity
@IdClass(EmailPreference.Key.class)
@Table(name = "notification_email_preference")
public class EmailPreference {

    public record Key(Long userId, NotificationKind kind) implements Serializable {
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 32)
    private NotificationKind kind;

    @Column(nullable = false)
    private boolean enabled;

    protected EmailPreference() {
    }

    public EmailPreference(long userId, NotificationKind kind, boolean enabled) {
        this.userId = userId;
        this.kind = kind;
        this.enabled = enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
