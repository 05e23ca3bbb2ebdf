package pk.gov.mashwara.audit;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.audit.chain.AuditChain;
import pk.gov.mashwara.audit.chain.EntryContent;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.engagement.EngagementEvents.CommitmentAdded;
import pk.gov.mashwara.engagement.EngagementEvents.CommitmentFollowedUp;
import pk.gov.mashwara.engagement.EngagementEvents.CommitmentReminded;
import pk.gov.mashwara.engagement.EngagementEvents.CompanyChanged;
import pk.gov.mashwara.engagement.EngagementEvents.DocumentAdded;
import pk.gov.mashwara.engagement.EngagementEvents.DocumentDownloaded;
import pk.gov.mashwara.engagement.EngagementEvents.EngagementLogged;

/**
 * Writes the engagement log's events to the audit chain, after their transaction commits (like the drafts' events
 * in {@link AuditRecorder}): each entry's target is the engagement ({@code ENGAGEMENT}) or, for the list of companies,
 * the company ({@code COMPANY}).
 */
@Component
class EngagementAuditRecorder {

    private final AuditChain chain;

    EngagementAuditRecorder(AuditChain chain) {
        this.chain = chain;
    }

    @ApplicationModuleListener
    void on(EngagementLogged event) {
        engagement(event.occurredAt(), event.actor(), AuditAction.ENGAGEMENT_LOGGED, event.engagementId(),
                event.kind() + " with " + event.company() + " on " + event.occurredOn() + ", led by " + event.lead());
    }

    @ApplicationModuleListener
    void on(DocumentAdded event) {
        engagement(event.occurredAt(), event.actor(), AuditAction.ENGAGEMENT_DOCUMENT_ADDED, event.engagementId(),
                "document " + event.documentId() + " (" + event.direction() + "), " + event.mediaType() + ", "
                        + event.sizeBytes() + " bytes, sha256 " + event.sha256() + ", file " + event.fileName());
    }

    @ApplicationModuleListener
    void on(DocumentDownloaded event) {
        engagement(event.occurredAt(), event.actor(), AuditAction.ENGAGEMENT_DOCUMENT_DOWNLOADED, event.engagementId(),
                "document " + event.documentId() + ", file " + event.fileName() + ", sha256 " + event.sha256());
    }

    @ApplicationModuleListener
    void on(CommitmentAdded event) {
        engagement(event.occurredAt(), event.actor(), AuditAction.COMMITMENT_ADDED, event.engagementId(),
                "commitment " + event.commitmentId() + " owed by " + (event.owner() == null ? "the company" : event.owner())
                        + " by " + event.dueOn());
    }

    @ApplicationModuleListener
    void on(CommitmentFollowedUp event) {
        engagement(event.occurredAt(), event.actor(),
                event.status() == CommitmentStatus.DONE ? AuditAction.COMMITMENT_DONE : AuditAction.COMMITMENT_LAPSED,
                event.engagementId(), "commitment " + event.commitmentId() + ": " + event.status()
                        + (event.note() == null ? "" : "; note: " + event.note()));
    }

    @ApplicationModuleListener
    void on(CommitmentReminded event) {
        engagement(event.occurredAt(), AuditRecorder.SYSTEM, AuditAction.COMMITMENT_REMINDED, event.engagementId(),
                "commitment " + event.commitmentId() + " overdue: " + event.recipients() + " recipient(s) reminded");
    }

    @ApplicationModuleListener
    void on(CompanyChanged event) {
        chain.append(EntryContent.of(event.occurredAt(), event.actor(),
                (event.added() ? AuditAction.COMPANY_ADDED : AuditAction.COMPANY_CHANGED).name(), "COMPANY",
                Long.toString(event.companyId()), AuditOutcome.SUCCESS.name(),
                event.name() + (event.active() ? "" : " (no longer dealt with)"), null));
    }

    private void engagement(Instant at, String actor, AuditAction action, long engagementId, String detail) {
        chain.append(EntryContent.of(at, actor, action.name(), "ENGAGEMENT", Long.toString(engagementId),
                AuditOutcome.SUCCESS.name(), detail, null));
    }
}
