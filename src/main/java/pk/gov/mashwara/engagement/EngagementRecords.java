package pk.gov.mashwara.engagement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.engagement.domain.CommitmentRepository;
import pk.gov.mashwara.engagement.domain.EngagementDocument;
import pk.gov.mashwara.engagement.domain.EngagementDocumentRepository;
import pk.gov.mashwara.engagement.domain.EngagementRepository;
import pk.gov.mashwara.engagement.domain.PlatformCompanyRepository;
import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordIndexing;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordSource;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.text.FileTextExtracted;
import pk.gov.mashwara.text.FileTexts;

/**
 * Engagements and their commitments as the search indexes them, an engagement at a time, and who may read each:
 * {@link EngagementAccess#mayRead}, as the engagement's page and the commitments' list decide. An engagement is found
 * by the text of its documents too (extracted by the text module, {@link FileTexts}); it is indexed again when such a
 * text arrives.
 */
@Component
class EngagementRecords implements RecordSource {

    /** How much of one attached file's text a record is searched by: bounds the record index, not the file. */
    static final int FILE_TEXT_LIMIT = 1_000_000;

    private final EngagementRepository engagements;
    private final CommitmentRepository commitments;
    private final PlatformCompanyRepository companies;
    private final EngagementAccess access;
    private final People people;
    private final EngagementDocumentRepository documents;
    private final FileTexts fileTexts;

    EngagementRecords(EngagementRepository engagements, CommitmentRepository commitments,
            PlatformCompanyRepository companies, EngagementAccess access, People people,
            EngagementDocumentRepository documents, FileTexts fileTexts) {
        this.documents = documents;
        this.fileTexts = fileTexts;
        this.engagements = engagements;
        this.commitments = commitments;
        this.companies = companies;
        this.access = access;
        this.people = people;
    }

    @Override
    public RecordKind groupKind() {
        return RecordKind.ENGAGEMENT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndexedRecord> records(long engagementId) {
        var found = engagements.findById(engagementId);
        if (found.isEmpty()) {
            return List.of();
        }
        var e = found.get();
        var company = companies.findById(e.getCompanyId()).map(c -> c.getName()).orElse("?");
        var out = new ArrayList<IndexedRecord>();
        var kept = documents.findByEngagementIdOrderByUploadedAtAscIdAsc(engagementId);
        out.add(new IndexedRecord(RecordKind.ENGAGEMENT, engagementId, engagementId, company + " — " + e.getSubject(),
                IndexedRecord.text(company, e.getSubject(), e.getOurParticipants(), e.getTheirParticipants(), e.getTopics(),
                        e.getPosition(), e.getLetterReference()),
                e.getBodies().stream().sorted().map(this::code).toList(), null, "engagements/" + engagementId,
                e.getOccurredOn(), IndexedRecord.files(kept, EngagementDocument::getFileName,
                        EngagementDocument::getSha256, fileTexts.texts(
                                kept.stream().map(EngagementDocument::getSha256).toList(), FILE_TEXT_LIMIT))));
        for (var c : commitments.findByEngagementIdOrderByDueOnAscIdAsc(engagementId)) {
            out.add(new IndexedRecord(RecordKind.COMMITMENT, c.getId(), engagementId,
                    company + " — " + e.getSubject(), IndexedRecord.text(c.getDescription(), c.getNote()),
                    c.getOwnerCommitteeId() == null ? List.of() : List.of(code(c.getOwnerCommitteeId())),
                    c.getStatus().name(), "engagements/" + engagementId, c.getDueOn()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> groups() {
        return engagements.findAllByOrderByIdAsc().stream().map(e -> e.getId()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return engagements.count() + commitments.count();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<RecordRef> readable(MashwaraUser user, Collection<RecordRef> records) {
        var out = new HashSet<RecordRef>();
        for (var ref : records) {
            var engagementId = switch (ref.kind()) {
                case ENGAGEMENT -> java.util.Optional.of(ref.id());
                case COMMITMENT -> commitments.findById(ref.id()).map(c -> c.getEngagementId());
                default -> java.util.Optional.<Long>empty();
            };
            engagementId.flatMap(engagements::findById).filter(e -> access.mayRead(user, e))
                    .ifPresent(e -> out.add(ref));
        }
        return out;
    }

    /** The engagements that keep this file among their documents. */
    @Transactional(readOnly = true)
    public Set<Long> engagementsKeeping(String sha256) {
        var out = new HashSet<Long>();
        documents.findBySha256(sha256).forEach(d -> out.add(d.getEngagementId()));
        return out;
    }

    private String code(long committeeId) {
        return people.committeeById(committeeId).map(CommitteeInfo::code).orElse("?");
    }

    /** Tells the search which engagement changed, after the change commits. */
    @Component
    static class Updates {

        private final RecordIndexing indexing;
        private final EngagementRecords records;

        Updates(RecordIndexing indexing, EngagementRecords records) {
            this.indexing = indexing;
            this.records = records;
        }

        /** A document has its text now (or will have none): the engagements that keep it are found by it. */
        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener(fallbackExecution = true)
        void on(FileTextExtracted event) {
            records.engagementsKeeping(event.sha256()).forEach(id -> indexing.reindex(RecordKind.ENGAGEMENT, id));
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(EngagementEvents.EngagementLogged event) {
            indexing.reindex(RecordKind.ENGAGEMENT, event.engagementId());
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(EngagementEvents.CommitmentAdded event) {
            indexing.reindex(RecordKind.ENGAGEMENT, event.engagementId());
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(EngagementEvents.CommitmentFollowedUp event) {
            indexing.reindex(RecordKind.ENGAGEMENT, event.engagementId());
        }
    }
}
