package pk.gov.mashwara.directions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directions.domain.AddresseeRepository;
import pk.gov.mashwara.directions.domain.DirectionBodyRepository;
import pk.gov.mashwara.directions.domain.DirectionRepository;
import pk.gov.mashwara.directions.domain.Evidence;
import pk.gov.mashwara.directions.domain.EvidenceRepository;
import pk.gov.mashwara.directions.domain.Letter;
import pk.gov.mashwara.directions.domain.LetterEventRepository;
import pk.gov.mashwara.directions.domain.LetterRepository;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.directions.domain.ProgressEntryRepository;
import pk.gov.mashwara.directions.domain.ReceiptRepository;
import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.shared.NotFoundException;

/** Reads a {@link Cascade}: a letter's top letter and everything below it. Runs in the caller's transaction. */
@Component
class Cascades {

    private final LetterRepository letters;
    private final AddresseeRepository addressees;
    private final ReceiptRepository receipts;
    private final DirectionRepository directions;
    private final DirectionBodyRepository bodies;
    private final ProgressEntryRepository entries;
    private final EvidenceRepository evidence;
    private final LetterEventRepository events;
    private final People people;

    Cascades(LetterRepository letters, AddresseeRepository addressees, ReceiptRepository receipts,
            DirectionRepository directions, DirectionBodyRepository bodies, ProgressEntryRepository entries,
            EvidenceRepository evidence, LetterEventRepository events, People people) {
        this.letters = letters;
        this.addressees = addressees;
        this.receipts = receipts;
        this.directions = directions;
        this.bodies = bodies;
        this.entries = entries;
        this.evidence = evidence;
        this.events = events;
        this.people = people;
    }

    /** The cascade the letter belongs to; a letter that does not exist is not found. */
    Cascade of(long letterId) {
        var letter = letters.findById(letterId).orElseThrow(() -> new NotFoundException("error.directions.letter.notFound",
                letterId));
        var root = letter;
        var seen = new java.util.HashSet<Long>();
        while (root.getParentLetterId() != null && seen.add(root.getId())) {
            root = letters.findById(root.getParentLetterId()).orElseThrow();
        }
        return load(root);
    }

    /** Every cascade, newest top letter first. */
    List<Cascade> all() {
        return letters.findByParentLetterIdIsNull().stream()
                .sorted(java.util.Comparator.comparing(Letter::getLetterDate).thenComparing(Letter::getId).reversed())
                .map(this::load).toList();
    }

    private Cascade load(Letter root) {
        var committees = people.committees().stream().collect(Collectors.toMap(CommitteeInfo::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        var cascade = new Cascade(root, committees);
        var queue = new ArrayDeque<Letter>();
        queue.add(root);
        while (!queue.isEmpty()) {
            var letter = queue.poll();
            if (cascade.letters.putIfAbsent(letter.getId(), letter) != null) {
                continue;
            }
            var below = letters.findByParentLetterIdOrderByLetterDateAscIdAsc(letter.getId());
            cascade.children.put(letter.getId(), below);
            queue.addAll(below);
            cascade.addressees.put(letter.getId(), addressees.findByLetterIdOrderByPosition(letter.getId()));
            cascade.receipts.put(letter.getId(), receipts.findByLetterIdOrderByReceivedOnAscIdAsc(letter.getId()));
        }
        cascade.directions.addAll(directions.findByLetterIdOrderByPosition(root.getId()));
        var ids = cascade.directions.stream().map(d -> d.getId()).toList();
        if (!ids.isEmpty()) {
            bodies.findByDirectionIdIn(ids).forEach(b -> cascade.bodies
                    .computeIfAbsent(b.getDirectionId(), k -> new ArrayList<>()).add(b));
            var all = entries.findByDirectionIdInOrderByEntryDateAscIdAsc(ids);
            all.forEach(e -> cascade.entries.computeIfAbsent(e.getDirectionId(), k -> new ArrayList<>()).add(e));
            var entryIds = all.stream().map(ProgressEntry::getId).toList();
            if (!entryIds.isEmpty()) {
                for (Evidence file : evidence.findByProgressIdIn(entryIds)) {
                    cascade.evidence.computeIfAbsent(file.getProgressId(), k -> new ArrayList<>()).add(file);
                }
            }
        }
        cascade.events.addAll(events.findByLetterIdOrderByOccurredOnAsc(root.getId()));
        return cascade;
    }
}
