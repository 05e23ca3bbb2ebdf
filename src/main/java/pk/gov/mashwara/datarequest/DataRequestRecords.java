package pk.gov.mashwara.datarequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import pk.gov.mashwara.audit.RecordedAct;
import pk.gov.mashwara.datarequest.domain.AddressedBodyRepository;
import pk.gov.mashwara.datarequest.domain.AnswerFile;
import pk.gov.mashwara.datarequest.domain.AnswerFileRepository;
import pk.gov.mashwara.datarequest.domain.AnswerRepository;
import pk.gov.mashwara.datarequest.domain.DataRequestRepository;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordIndexing;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordSource;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.text.FileTextExtracted;
import pk.gov.mashwara.text.FileTexts;

/**
 * Data requests and their answers as the search indexes them, a request at a time, and who may read each: the
 * rules of {@link DataRequestService} (the request for the NSMCWG, the auditor and the bodies asked; an answer for
 * those who see its body in full, and for the other bodies asked only when it is shareable). An answer is found by
 * the text of its files too (extracted by the text module, {@link FileTexts}); the request is indexed again when such
 * a text arrives.
 */
@Component
class DataRequestRecords implements RecordSource {

    /** How much of one attached file's text a record is searched by: bounds the record index, not the file. */
    static final int FILE_TEXT_LIMIT = 1_000_000;

    private final DataRequestRepository requests;
    private final AddressedBodyRepository bodies;
    private final AnswerRepository answers;
    private final People people;
    private final AnswerFileRepository files;
    private final FileTexts fileTexts;

    DataRequestRecords(DataRequestRepository requests, AddressedBodyRepository bodies, AnswerRepository answers,
            People people, AnswerFileRepository files, FileTexts fileTexts) {
        this.files = files;
        this.fileTexts = fileTexts;
        this.requests = requests;
        this.bodies = bodies;
        this.answers = answers;
        this.people = people;
    }

    @Override
    public RecordKind groupKind() {
        return RecordKind.DATA_REQUEST;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndexedRecord> records(long requestId) {
        var found = requests.findById(requestId);
        if (found.isEmpty()) {
            return List.of();
        }
        var request = found.get();
        var reference = DataRequestViews.reference(requestId);
        var addressed = bodies.findByRequestIdOrderById(requestId);
        var out = new ArrayList<IndexedRecord>();
        out.add(new IndexedRecord(RecordKind.DATA_REQUEST, requestId, requestId, reference + " — " + request.getSubject(),
                IndexedRecord.text(request.getSubject(), request.getQuestion(), request.getWhyNeeded()),
                addressed.stream().map(b -> code(b.getCommitteeId())).toList(), null,
                "data-requests/" + requestId, LocalDate.ofInstant(request.getCreatedAt(), pk.gov.mashwara.calendar.WorkingCalendar.OFFICE_ZONE)));
        for (var body : addressed) {
            var code = code(body.getCommitteeId());
            for (var answer : answers.findByBodyIdOrderByNumber(body.getId())) {
                var kept = files.findByAnswerIdInOrderById(List.of(answer.getId()));
                out.add(new IndexedRecord(RecordKind.ANSWER, answer.getId(), requestId,
                        reference + " · " + code + " · " + answer.getNumber(),
                        IndexedRecord.text(answer.getText()),
                        List.of(code),
                        answer.isPartial() ? BodyState.PARTLY_ANSWERED.name() : BodyState.ANSWERED.name(),
                        "data-requests/" + requestId,
                        LocalDate.ofInstant(answer.getAnsweredAt(), pk.gov.mashwara.calendar.WorkingCalendar.OFFICE_ZONE),
                        IndexedRecord.files(kept, AnswerFile::getFileName, AnswerFile::getSha256, fileTexts.texts(
                                kept.stream().map(AnswerFile::getSha256).toList(), FILE_TEXT_LIMIT))));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> groups() {
        return requests.findAllByOrderByCreatedAtDesc().stream().map(r -> r.getId()).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return requests.count() + answers.count();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<RecordRef> readable(MashwaraUser user, Collection<RecordRef> records) {
        var out = new HashSet<RecordRef>();
        for (var ref : records) {
            if (ref.kind() == RecordKind.DATA_REQUEST) {
                if (requests.findById(ref.id()).isPresent()
                        && DataRequestService.seesRequest(user, bodies.findByRequestIdOrderById(ref.id()))) {
                    out.add(ref);
                }
            } else if (ref.kind() == RecordKind.ANSWER) {
                answers.findById(ref.id()).ifPresent(answer -> bodies.findById(answer.getBodyId())
                        .filter(body -> DataRequestService.readsAnswer(user,
                                bodies.findByRequestIdOrderById(body.getRequestId()), body, answer))
                        .ifPresent(body -> out.add(ref)));
            }
        }
        return out;
    }

    /** The requests whose answers keep this file. */
    @Transactional(readOnly = true)
    public Set<Long> requestsKeeping(String sha256) {
        var out = new HashSet<Long>();
        for (var file : files.findBySha256(sha256)) {
            answers.findById(file.getAnswerId()).flatMap(a -> bodies.findById(a.getBodyId()))
                    .ifPresent(b -> out.add(b.getRequestId()));
        }
        return out;
    }

    private String code(long committeeId) {
        return people.committeeById(committeeId).map(CommitteeInfo::code).orElse("?");
    }

    /** Tells the search which request changed, after the change commits; a download changes nothing. */
    @Component
    static class Updates {

        private final RecordIndexing indexing;
        private final DataRequestRecords records;

        Updates(RecordIndexing indexing, DataRequestRecords records) {
            this.indexing = indexing;
            this.records = records;
        }

        /** An answer's file has its text now (or will have none): the requests it answers are found by it. */
        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener(fallbackExecution = true)
        void on(FileTextExtracted event) {
            records.requestsKeeping(event.sha256()).forEach(id -> indexing.reindex(RecordKind.DATA_REQUEST, id));
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(RecordedAct event) {
            if (DataRequestService.TARGET.equals(event.targetType())
                    && event.action() != pk.gov.mashwara.audit.AuditAction.DATA_REQUEST_FILE_DOWNLOADED) {
                try {
                    indexing.reindex(RecordKind.DATA_REQUEST, Long.parseLong(event.targetId()));
                } catch (NumberFormatException e) {
                    // not a request's id: nothing to index
                }
            }
        }
    }
}
