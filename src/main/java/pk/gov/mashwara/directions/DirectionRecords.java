package pk.gov.mashwara.directions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import pk.gov.mashwara.directions.domain.DirectionRepository;
import pk.gov.mashwara.directions.domain.Evidence;
import pk.gov.mashwara.directions.domain.EvidenceRepository;
import pk.gov.mashwara.directions.domain.LetterRepository;
import pk.gov.mashwara.directions.domain.ProgressEntryRepository;
import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordIndexing;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordSource;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.FileTextExtracted;
import pk.gov.mashwara.text.FileTexts;

/**
 * The letters, directions and progress entries as the search indexes them, a cascade at a time (a group is its
 * top letter), and who may read each: {@link DirectionAccess}, exactly as the pages decide (a letter for whoever
 * sees the cascade's letters, a direction for whoever sees it, an entry's words for whoever sees its direction and
 * reads the entry). A letter is found by the text of its file too, an entry by its evidence's (extracted by the text
 * module, {@link FileTexts}); the cascade is indexed again when such a text arrives.
 */
@Component
class DirectionRecords implements RecordSource {

    /** How much of one attached file's text a record is searched by: bounds the record index, not the file. */
    static final int FILE_TEXT_LIMIT = 1_000_000;

    private final Cascades cascades;
    private final CascadeViews views;
    private final DirectionAccess access;
    private final LetterRepository letters;
    private final DirectionRepository directions;
    private final ProgressEntryRepository entries;
    private final EvidenceRepository evidence;
    private final FileTexts fileTexts;

    DirectionRecords(Cascades cascades, CascadeViews views, DirectionAccess access, LetterRepository letters,
            DirectionRepository directions, ProgressEntryRepository entries, EvidenceRepository evidence,
            FileTexts fileTexts) {
        this.evidence = evidence;
        this.fileTexts = fileTexts;
        this.cascades = cascades;
        this.views = views;
        this.access = access;
        this.letters = letters;
        this.directions = directions;
        this.entries = entries;
    }

    @Override
    public RecordKind groupKind() {
        return RecordKind.LETTER;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndexedRecord> records(long rootLetterId) {
        var root = letters.findById(rootLetterId);
        if (root.isEmpty() || root.get().getParentLetterId() != null) {
            return List.of();
        }
        var cascade = cascades.of(rootLetterId);
        var out = new ArrayList<IndexedRecord>();
        for (var letter : cascade.letters.values()) {
            var letterFile = letter.getFileSha256() == null ? List.<pk.gov.mashwara.directions.domain.Letter>of()
                    : List.of(letter);
            out.add(new IndexedRecord(RecordKind.LETTER, letter.getId(), rootLetterId,
                    letter.getReference() + " — " + letter.getSubject(), IndexedRecord.text(letter.getSubject(), letter.getBody(),
                            letter.getSignedBy()),
                    List.of(cascade.body(letter.getIssuingOfficeId()).code()), null,
                    "directions/letters/" + letter.getId(), letter.getLetterDate(),
                    IndexedRecord.files(letterFile, l -> l.getFileName(), l -> l.getFileSha256(), fileTexts.texts(
                            letterFile.stream().map(l -> l.getFileSha256()).toList(), FILE_TEXT_LIMIT))));
        }
        for (var direction : cascade.directions) {
            var info = views.direction(cascade, direction);
            out.add(new IndexedRecord(RecordKind.DIRECTION, direction.getId(), rootLetterId,
                    cascade.root.getReference() + " · " + direction.getLabel(),
                    IndexedRecord.text(direction.getText(), direction.getTimelineText(), direction.getActionByText()),
                    info.bodies().stream().map(b -> b.body().code()).toList(), info.status().name(),
                    "directions/" + direction.getId(), info.due()));
            for (var entry : cascade.entries.getOrDefault(direction.getId(), List.of())) {
                var evidence = cascade.evidence.getOrDefault(entry.getId(), List.of());
                out.add(new IndexedRecord(RecordKind.PROGRESS, entry.getId(), rootLetterId,
                        cascade.root.getReference() + " · " + direction.getLabel() + " · "
                                + cascade.body(entry.getCommitteeId()).code(),
                        IndexedRecord.text(entry.getDoneText(), entry.getRemainsText(), entry.getMilestone(), entry.getReason()),
                        List.of(cascade.body(entry.getCommitteeId()).code()), entry.getStatus().name(),
                        "directions/" + direction.getId(), entry.getEntryDate(),
                        IndexedRecord.files(evidence, Evidence::getFileName, Evidence::getSha256, fileTexts.texts(
                                evidence.stream().map(Evidence::getSha256).toList(), FILE_TEXT_LIMIT))));
            }
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> groups() {
        return letters.findByParentLetterIdIsNull().stream().map(l -> l.getId()).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return letters.count() + directions.count() + entries.count();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<RecordRef> readable(MashwaraUser user, Collection<RecordRef> records) {
        var byLetter = new HashMap<Long, Cascade>();
        var out = new HashSet<RecordRef>();
        for (var ref : records) {
            switch (ref.kind()) {
                case LETTER -> cascade(ref.id(), byLetter).filter(c -> access.seesLetters(user, c))
                        .ifPresent(c -> out.add(ref));
                case DIRECTION -> directions.findById(ref.id()).ifPresent(d -> cascade(d.getLetterId(), byLetter)
                        .flatMap(c -> c.directions.stream().filter(x -> x.getId() == ref.id()).findFirst()
                                .filter(x -> access.seesDirection(user, c, x)))
                        .ifPresent(x -> out.add(ref)));
                case PROGRESS -> entries.findById(ref.id()).flatMap(e -> directions.findById(e.getDirectionId())
                        .flatMap(d -> cascade(d.getLetterId(), byLetter).filter(c -> c.directions.stream()
                                .anyMatch(x -> x.getId() == d.getId() && access.seesDirection(user, c, x))
                                && access.readsEntry(user, c, e))))
                        .ifPresent(c -> out.add(ref));
                default -> {
                    // not a kind of this module
                }
            }
        }
        return out;
    }

    /** The top letter of the letter's cascade (for the index's group). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> rootOf(long letterId) {
        try {
            return java.util.Optional.of(cascades.of(letterId).root.getId());
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** The top letters of the cascades that keep this file (as a letter's file or as evidence). */
    @Transactional(readOnly = true)
    public Set<Long> rootsKeeping(String sha256) {
        var letterIds = new HashSet<Long>();
        letters.findByFileSha256(sha256).forEach(l -> letterIds.add(l.getId()));
        for (var file : evidence.findBySha256(sha256)) {
            entries.findById(file.getProgressId()).flatMap(e -> directions.findById(e.getDirectionId()))
                    .ifPresent(d -> letterIds.add(d.getLetterId()));
        }
        var roots = new HashSet<Long>();
        letterIds.forEach(id -> rootOf(id).ifPresent(roots::add));
        return roots;
    }

    private java.util.Optional<Cascade> cascade(long letterId, Map<Long, Cascade> byLetter) {
        var known = byLetter.get(letterId);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        try {
            var cascade = cascades.of(letterId);
            cascade.letters.keySet().forEach(id -> byLetter.put(id, cascade));
            return java.util.Optional.of(cascade);
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** Tells the search which cascade changed, after the change commits. Downloads and reminders change nothing. */
    @Component
    static class Updates {

        private final DirectionRecords records;
        private final RecordIndexing indexing;

        Updates(DirectionRecords records, RecordIndexing indexing) {
            this.records = records;
            this.indexing = indexing;
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(DirectionsActed event) {
            switch (event.act()) {
                case LETTER_FILE_DOWNLOADED, EVIDENCE_DOWNLOADED, LETTER_REMINDER_SENT -> {
                    return;
                }
                default -> records.rootOf(event.letterId())
                        .ifPresent(root -> indexing.reindex(RecordKind.LETTER, root));
            }
        }

        /** A letter's file or an evidence file has its text now (or will have none): its cascades are found by it. */
        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener(fallbackExecution = true)
        void on(FileTextExtracted event) {
            records.rootsKeeping(event.sha256()).forEach(root -> indexing.reindex(RecordKind.LETTER, root));
        }
    }
}
