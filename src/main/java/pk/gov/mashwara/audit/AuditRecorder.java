package pk.gov.mashwara.audit;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.domain.AuditEntry;
import pk.gov.mashwara.audit.domain.AuditEntryRepository;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.DraftStatusChanged;
import pk.gov.mashwara.draft.VersionDownloaded;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.record.RecordExported;
import pk.gov.mashwara.review.CommentPosted;
import pk.gov.mashwara.review.ThreadResolved;
import pk.gov.mashwara.review.ThreadStarted;

/**
 * Writes the audit log. Draft events arrive after their transaction commits, through the event publication
 * registry, so an entry is never written for something that was rolled back and never lost to a crash.
 * Log-in events are written at once, in their own transaction.
 */
@Component
class AuditRecorder {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditRecorder(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DraftCreated event) {
        write(event.occurredAt(), event.actor(), AuditAction.DRAFT_CREATED, event.draftId(),
                "committee " + event.committeeId() + ": " + event.title());
    }

    @ApplicationModuleListener
    void on(VersionUploaded event) {
        write(event.occurredAt(), event.actor(), AuditAction.VERSION_UPLOADED, event.draftId(),
                "version " + event.number() + ", " + event.mediaType() + ", " + event.sizeBytes() + " bytes, sha256 "
                        + event.sha256() + ", file " + event.fileName());
    }

    @ApplicationModuleListener
    void on(VersionDownloaded event) {
        write(event.occurredAt(), event.actor(), AuditAction.VERSION_DOWNLOADED, event.draftId(),
                "version " + event.number());
    }

    @ApplicationModuleListener
    void on(DraftStatusChanged event) {
        write(event.occurredAt(), event.actor(), AuditAction.STATUS_CHANGED, event.draftId(),
                event.from() + " → " + event.to() + (event.note() == null ? "" : ": " + event.note()));
    }

    @ApplicationModuleListener
    void on(ThreadStarted event) {
        write(event.occurredAt(), event.actor(), AuditAction.THREAD_STARTED, event.draftId(),
                "thread " + event.threadId() + " on version " + event.versionNumber()
                        + (event.internal() ? " (internal note)" : ""));
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        var action = switch (event.change()) {
            case REPLIED -> AuditAction.COMMENT_REPLIED;
            case EDITED -> AuditAction.COMMENT_EDITED;
            case RETRACTED -> AuditAction.COMMENT_RETRACTED;
        };
        write(event.occurredAt(), event.actor(), action, event.draftId(),
                "thread " + event.threadId() + ", comment " + event.commentId());
    }

    @ApplicationModuleListener
    void on(ThreadResolved event) {
        write(event.occurredAt(), event.actor(), event.reopened() ? AuditAction.THREAD_REOPENED : AuditAction.THREAD_RESOLVED,
                event.draftId(), "thread " + event.threadId() + (event.reopened() ? "" : ": " + event.resolution())
                        + (event.reason() == null ? "" : ", " + event.reason()));
    }

    @ApplicationModuleListener
    void on(RecordExported event) {
        write(event.occurredAt(), event.actor(), AuditAction.RECORD_EXPORTED, event.draftId(),
                "review record, " + event.pages() + " pages, " + event.sizeBytes() + " bytes, sha256 " + event.sha256());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(InteractiveAuthenticationSuccessEvent event) {
        var auth = event.getAuthentication();
        entries.save(new AuditEntry(clock.instant(), auth.getName(), AuditAction.LOGIN, "USER", auth.getName(),
                AuditOutcome.SUCCESS, null, remote(auth.getDetails())));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AbstractAuthenticationFailureEvent event) {
        var auth = event.getAuthentication();
        var reason = event instanceof AuthenticationFailureLockedEvent ? "locked after repeated failures"
                : "bad credentials";
        entries.save(new AuditEntry(clock.instant(), String.valueOf(auth.getName()), AuditAction.LOGIN_FAILED, "USER",
                String.valueOf(auth.getName()), AuditOutcome.FAILURE, reason, remote(auth.getDetails())));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LogoutSuccessEvent event) {
        var auth = event.getAuthentication();
        entries.save(new AuditEntry(clock.instant(), auth.getName(), AuditAction.LOGOUT, "USER", auth.getName(),
                AuditOutcome.SUCCESS, null, remote(auth.getDetails())));
    }

    private void write(java.time.Instant at, String actor, AuditAction action, long draftId, String detail) {
        entries.save(new AuditEntry(at, actor, action, "DRAFT", Long.toString(draftId), AuditOutcome.SUCCESS, detail,
                null));
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
