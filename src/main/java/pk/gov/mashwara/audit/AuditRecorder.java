package pk.gov.mashwara.audit;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.draft.DraftCreated;
import pk.gov.mashwara.draft.VersionDownloaded;
import pk.gov.mashwara.draft.VersionUploaded;
import pk.gov.mashwara.record.RecordExported;
import pk.gov.mashwara.review.CommentPosted;
import pk.gov.mashwara.review.ReviewDeadlineSet;
import pk.gov.mashwara.review.ThreadResolved;
import pk.gov.mashwara.review.ThreadShared;
import pk.gov.mashwara.review.ThreadStarted;
import pk.gov.mashwara.review.ThreadsCarriedForward;
import pk.gov.mashwara.routing.ClearanceRecorded;
import pk.gov.mashwara.security.LoginRefusedWhileThrottled;
import pk.gov.mashwara.security.LoginThrottleLifted;
import pk.gov.mashwara.security.LoginThrottleStarted;
import pk.gov.mashwara.security.ThrottleScope;

/**
 * Writes the audit log, each entry appended to the hash chain. Draft and review events arrive after their
 * transaction commits, through the event publication registry, so an entry is never written for something that
 * was rolled back and never lost to a crash. Log-in events are written at once, in their own transaction.
 * <p>
 * To audit a new kind of event, publish it from its module (a record with the draft's id, the actor and the
 * time), add an {@link AuditAction} with its translation, and a listener here that calls {@link #draft}.
 */
@Component
class AuditRecorder {

    /** The actor of what the portal does by itself, in consequence of a user's action. */
    static final String SYSTEM = "(system)";

    private final AuditChain chain;
    private final Clock clock;

    AuditRecorder(AuditChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DraftCreated event) {
        draft(event.occurredAt(), event.actor(), AuditAction.DRAFT_CREATED, event.draftId(),
                "committee " + event.committeeId() + ": " + event.title());
    }

    @ApplicationModuleListener
    void on(VersionUploaded event) {
        draft(event.occurredAt(), event.actor(), AuditAction.VERSION_UPLOADED, event.draftId(),
                "version " + event.number() + ", " + event.mediaType() + ", " + event.sizeBytes() + " bytes, sha256 "
                        + event.sha256() + ", file " + event.fileName());
    }

    @ApplicationModuleListener
    void on(VersionDownloaded event) {
        draft(event.occurredAt(), event.actor(), AuditAction.VERSION_DOWNLOADED, event.draftId(),
                "version " + event.number());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.draft.DraftParticularChanged event) {
        var action = "priority".equals(event.particular()) ? AuditAction.PRIORITY_MARKED : AuditAction.FILE_NUMBER_SET;
        draft(event.occurredAt(), event.actor(), action, event.draftId(),
                (event.from() == null ? "none" : event.from()) + " → " + (event.to() == null ? "none" : event.to())
                        + (event.reason() == null ? "" : "; reason: " + event.reason()));
    }

    @ApplicationModuleListener
    void on(ThreadStarted event) {
        draft(event.occurredAt(), event.actor(), AuditAction.THREAD_STARTED, event.draftId(),
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
        draft(event.occurredAt(), event.actor(), action, event.draftId(),
                "thread " + event.threadId() + ", comment " + event.commentId());
    }

    @ApplicationModuleListener
    void on(ThreadResolved event) {
        draft(event.occurredAt(), event.actor(), event.reopened() ? AuditAction.THREAD_REOPENED : AuditAction.THREAD_RESOLVED,
                event.draftId(), "thread " + event.threadId() + (event.reopened() ? "" : ": " + event.resolution())
                        + (event.reason() == null ? "" : ", " + event.reason()));
    }

    @ApplicationModuleListener
    void on(ThreadShared event) {
        draft(event.occurredAt(), event.actor(), AuditAction.THREAD_SHARED, event.draftId(),
                "thread " + event.threadId() + ": internal note shared");
    }

    @ApplicationModuleListener
    void on(ThreadsCarriedForward event) {
        draft(event.occurredAt(), SYSTEM, AuditAction.THREADS_CARRIED_FORWARD, event.draftId(),
                event.moved() + " open thread(s) carried to version " + event.versionNumber());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.review.ThreadClassified event) {
        draft(event.occurredAt(), event.actor(), AuditAction.THREAD_CLASSIFIED, event.draftId(),
                "thread " + event.threadId() + ": " + event.category() + ", " + event.severity());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.review.SuggestionsChecked event) {
        draft(event.occurredAt(), SYSTEM, AuditAction.SUGGESTIONS_CHECKED, event.draftId(),
                "accepted suggestions in version " + event.versionNumber() + ": " + event.incorporated()
                        + " incorporated, " + event.withChanges() + " with changes, " + event.notFound() + " not found");
    }

    @ApplicationModuleListener
    void on(ReviewDeadlineSet event) {
        draft(event.occurredAt(), event.actor(), AuditAction.REVIEW_DEADLINE_SET, event.draftId(),
                "review deadline " + event.deadline() + (event.previous() == null ? "" : ", was " + event.previous()));
    }

    /**
     * The one entry of a routing action: from, to, who and why, with what it recorded. A move of the draft is
     * written here only (the draft module's own {@code DraftStatusChanged} is not audited apart: one act, one
     * entry; {@link AuditAction#STATUS_CHANGED} entries are those of earlier releases).
     */
    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.RoutingActionTaken event) {
        var detail = event.action() + ": " + event.from() + " → " + event.to()
                + (event.reason() == null ? "" : "; reason: " + event.reason())
                + (event.details() == null ? "" : "; " + event.details().replace("\n", "; "));
        draft(event.occurredAt(), event.actor(), AuditAction.ROUTING_ACTION, event.draftId(), detail);
    }

    @ApplicationModuleListener
    void on(RecordExported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.RECORD_EXPORTED, event.draftId(),
                "review record, " + event.pages() + " pages, " + event.sizeBytes() + " bytes, sha256 " + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.record.RedlineExported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.REDLINE_EXPORTED, event.draftId(),
                "redline of v" + event.from() + " against v" + event.to() + " (" + event.format() + "), "
                        + event.sizeBytes() + " bytes, sha256 " + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.record.MatrixExported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.MATRIX_EXPORTED, event.draftId(),
                "comments matrix of " + (event.versionNumber() == null ? "every version" : "v" + event.versionNumber())
                        + " (" + event.format() + "), " + event.rows() + " rows, " + event.sizeBytes() + " bytes, sha256 "
                        + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.review.MatrixImported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.MATRIX_IMPORTED, event.draftId(),
                "comments matrix received on " + event.receivedOn() + " recorded on v" + event.versionNumber() + ": "
                        + event.recorded() + " threads, " + event.anchored() + " on the passage they quote");
    }

    /** A response template saved or deleted: an entry about the template, in its library (not about a draft). */
    @ApplicationModuleListener
    void on(pk.gov.mashwara.review.ResponseTemplateChanged event) {
        var action = event.deleted() ? AuditAction.RESPONSE_TEMPLATE_DELETED : AuditAction.RESPONSE_TEMPLATE_SAVED;
        var library = event.committeeId() == null ? "the NSMCWG's library" : "the library of committee " + event.committeeId();
        chain.append(EntryContent.of(event.occurredAt(), event.actor(), action.name(), "RESPONSE_TEMPLATE",
                Long.toString(event.templateId()), AuditOutcome.SUCCESS.name(), (event.deleted() ? "deleted" : event.created()
                        ? "created" : "changed") + " in " + library + ": " + event.title(), null));
    }

    @ApplicationModuleListener
    void on(ClearanceRecorded event) {
        draft(event.occurredAt(), event.actor(), AuditAction.CLEARANCE_RECORDED, event.draftId(),
                "clearance " + event.clearanceId() + " of version " + event.versionNumber() + " (sha256 "
                        + event.versionSha256() + "), hash " + event.hash());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.ConsultationFileDownloaded event) {
        draft(event.occurredAt(), event.actor(), AuditAction.CONSULTATION_FILE_DOWNLOADED, event.draftId(),
                "consultation " + event.consultationId() + " (" + event.step() + "), file " + event.fileName()
                        + ", sha256 " + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.InputRevised event) {
        draft(event.occurredAt(), event.actor(), event.composed() ? AuditAction.INPUT_COMPOSED : AuditAction.INPUT_EDITED,
                event.draftId(), "input revision " + event.number() + " in " + event.draftStatus() + ", "
                        + event.length() + " characters");
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.InputLetterExported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.INPUT_LETTER_EXPORTED, event.draftId(),
                "cleared input as a letter (" + event.format() + "), " + event.sizeBytes() + " bytes, sha256 "
                        + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.CabinetSummaryExported event) {
        draft(event.occurredAt(), event.actor(), AuditAction.CABINET_SUMMARY_EXPORTED, event.draftId(),
                "summary for the Cabinet (" + event.step() + ", docx), " + event.sizeBytes() + " bytes, sha256 "
                        + event.sha256());
    }

    @ApplicationModuleListener
    void on(pk.gov.mashwara.routing.LodgedSummaryDownloaded event) {
        draft(event.occurredAt(), event.actor(), AuditAction.LODGED_SUMMARY_DOWNLOADED, event.draftId(),
                "summary lodged with the Cabinet Division (lodging " + event.summaryId() + "), file "
                        + event.fileName() + ", " + event.sizeBytes() + " bytes, sha256 " + event.sha256());
    }

    /** An act on a letter or its directions; the entry's target is the letter. */
    @ApplicationModuleListener
    void on(pk.gov.mashwara.directions.DirectionsActed event) {
        chain.append(EntryContent.of(event.occurredAt(), event.actor(), AuditAction.valueOf(event.act().name()).name(),
                "LETTER", Long.toString(event.letterId()), AuditOutcome.SUCCESS.name(), event.detail(), null));
    }

    /** An act on something other than a draft, published by its module (a data request, …). */
    @ApplicationModuleListener
    void on(RecordedAct event) {
        chain.append(EntryContent.of(event.occurredAt(), event.actor(), event.action().name(), event.targetType(),
                event.targetId(), AuditOutcome.SUCCESS.name(), event.detail(), null));
    }

    /** A statement proposed, edited, consulted on, issued or declined (direction 5). */
    @ApplicationModuleListener
    void on(pk.gov.mashwara.statement.StatementActionTaken event) {
        chain.append(EntryContent.of(event.occurredAt(), event.actor(), AuditAction.STATEMENT_ACTION.name(), "STATEMENT",
                Long.toString(event.statementId()), AuditOutcome.SUCCESS.name(), event.action() + ": " + event.detail(),
                null));
    }

    /** A step of a nomination for focal person, up to the PM's approval and the handing over (direction 3). */
    @ApplicationModuleListener
    void on(pk.gov.mashwara.directory.NominationActionTaken event) {
        chain.append(EntryContent.of(event.occurredAt(), event.actor(), AuditAction.NOMINATION_ACTION.name(),
                "NOMINATION", Long.toString(event.nominationId()), AuditOutcome.SUCCESS.name(),
                event.action() + ": " + event.detail(), null));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(InteractiveAuthenticationSuccessEvent event) {
        user(event.getAuthentication(), AuditAction.LOGIN, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AbstractAuthenticationFailureEvent event) {
        var reason = event instanceof AuthenticationFailureLockedEvent ? "account locked"
                : event instanceof org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent
                        ? "sign-in could not be checked: " + event.getException().getClass().getSimpleName()
                        : "bad credentials";
        user(event.getAuthentication(), AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, reason);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LogoutSuccessEvent event) {
        user(event.getAuthentication(), AuditAction.LOGOUT, AuditOutcome.SUCCESS, null);
    }

    /**
     * A count of failed log-ins reached its limit. Written at once, like the failed log-ins that led to it (each
     * of which has its own entry); the attempts it then refuses are not written one by one (see
     * {@link LoginRefusedWhileThrottled}).
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LoginThrottleStarted event) {
        throttle(event.occurredAt(), SYSTEM, AuditAction.LOGIN_THROTTLED, AuditOutcome.SUCCESS, event.scope(),
                event.account(), event.address(), event.failures() + " failed sign-ins " + what(event.scope(),
                        event.account(), event.address()) + "; attempts wait until " + event.until()
                        + ", longer after each further failure");
    }

    /** The first attempt a throttle refused; the rest of its refusals are counted, not written. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LoginRefusedWhileThrottled event) {
        throttle(event.occurredAt(), event.account(), AuditAction.LOGIN_REFUSED_THROTTLED, AuditOutcome.DENIED,
                event.scope(), event.account(), event.address(), "sign-in refused without checking the password: "
                        + "too many failed sign-ins " + what(event.scope(), event.account(), event.address())
                        + "; try again after " + event.until() + " (further refusals are counted, not logged)");
    }

    @ApplicationModuleListener
    void on(LoginThrottleLifted event) {
        throttle(event.occurredAt(), event.actor(), AuditAction.LOGIN_THROTTLE_LIFTED, AuditOutcome.SUCCESS,
                event.scope(), event.account(), event.address(), "throttle lifted: " + event.failures()
                        + " failed sign-ins " + what(event.scope(), event.account(), event.address())
                        + " forgotten (refused attempts: " + event.refused() + ")");
    }

    /** A successful action on a draft. */
    private void draft(Instant at, String actor, AuditAction action, long draftId, String detail) {
        chain.append(EntryContent.of(at, actor, action.name(), "DRAFT", Long.toString(draftId),
                AuditOutcome.SUCCESS.name(), detail, null));
    }

    /** A sign-in, failed sign-in or sign-out of a user, now. */
    private void user(Authentication auth, AuditAction action, AuditOutcome outcome, String detail) {
        var name = String.valueOf(auth.getName());
        chain.append(EntryContent.of(clock.instant(), name, action.name(), "USER", name, outcome.name(), detail,
                remote(auth.getDetails())));
    }

    /** An entry about a throttle: its target is the user name, or for an address's count the address. */
    private void throttle(Instant at, String actor, AuditAction action, AuditOutcome outcome, ThrottleScope scope,
            String account, String address, String detail) {
        var byAddress = scope == ThrottleScope.ADDRESS;
        chain.append(EntryContent.of(at, actor, action.name(), byAddress ? "ADDRESS" : "USER",
                byAddress ? address : account, outcome.name(), detail, address));
    }

    private static String what(ThrottleScope scope, String account, String address) {
        return switch (scope) {
            case ACCOUNT_FROM_ADDRESS -> "for " + account + " from " + address;
            case ACCOUNT -> "for " + account + " from any address";
            case ADDRESS -> "from " + address + " for any user name";
        };
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
