package pk.gov.mashwara.directions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pk.gov.mashwara.directions.domain.Addressee;
import pk.gov.mashwara.directions.domain.Direction;
import pk.gov.mashwara.directions.domain.DirectionBody;
import pk.gov.mashwara.directions.domain.Evidence;
import pk.gov.mashwara.directions.domain.Letter;
import pk.gov.mashwara.directions.domain.LetterEvent;
import pk.gov.mashwara.directions.domain.ProgressEntry;
import pk.gov.mashwara.directions.domain.Receipt;
import pk.gov.mashwara.directory.CommitteeInfo;

/**
 * One letter at the top of a cascade with everything below and about it, read at once: the letters forwarding it,
 * their addressees and receipts, the top letter's directions, the bodies that act, the entries and evidence, and
 * the events recorded. Who may see what of it is {@link DirectionAccess}'s business; this only holds the facts.
 */
final class Cascade {

    final Letter root;
    final Map<Long, Letter> letters = new LinkedHashMap<>();
    final Map<Long, List<Letter>> children = new HashMap<>();
    final Map<Long, List<Addressee>> addressees = new HashMap<>();
    final Map<Long, List<Receipt>> receipts = new HashMap<>();
    final List<Direction> directions = new ArrayList<>();
    final Map<Long, List<DirectionBody>> bodies = new HashMap<>();
    final Map<Long, List<ProgressEntry>> entries = new HashMap<>();
    final Map<Long, List<Evidence>> evidence = new HashMap<>();
    final List<LetterEvent> events = new ArrayList<>();
    final Map<Long, CommitteeInfo> committees;

    Cascade(Letter root, Map<Long, CommitteeInfo> committees) {
        this.root = root;
        this.committees = committees;
    }

    BodyRef body(long committeeId) {
        var committee = committees.get(committeeId);
        return committee == null ? new BodyRef(committeeId, "?", "?", null) : BodyRef.of(committee);
    }

    /**
     * The bodies that act on a direction: for "All Ministries/Divisions" every active body of the directory but the
     * issuing office; otherwise the lead first, then the supporting bodies by code.
     */
    List<ActingBody> acting(Direction direction) {
        if (direction.isAllBodies()) {
            return committees.values().stream().filter(CommitteeInfo::active)
                    .filter(c -> c.id() != root.getIssuingOfficeId()).sorted(Comparator.comparing(CommitteeInfo::code))
                    .map(c -> new ActingBody(c.id(), false)).toList();
        }
        return bodies.getOrDefault(direction.getId(), List.of()).stream()
                .sorted(Comparator.comparing((DirectionBody b) -> !b.isLead())
                        .thenComparing(b -> body(b.getCommitteeId()).code()))
                .map(b -> new ActingBody(b.getCommitteeId(), b.isLead())).toList();
    }

    boolean acts(Direction direction, long committeeId) {
        return acting(direction).stream().anyMatch(b -> b.committeeId() == committeeId);
    }

    /** Whether the body is named on any letter of the cascade: issuing it, addressed, or copied. */
    boolean named(long committeeId) {
        for (var letter : letters.values()) {
            if (letter.getIssuingOfficeId() == committeeId) {
                return true;
            }
            for (var a : addressees.getOrDefault(letter.getId(), List.of())) {
                if (a.isAllBodies() || (a.getCommitteeId() != null && a.getCommitteeId() == committeeId)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the letter is addressed (or copied) to the body, directly or as "all". */
    boolean addressedTo(long letterId, long committeeId) {
        return addressees.getOrDefault(letterId, List.of()).stream()
                .anyMatch(a -> a.isAllBodies() || (a.getCommitteeId() != null && a.getCommitteeId() == committeeId));
    }

    boolean received(long letterId, long committeeId) {
        return receipts.getOrDefault(letterId, List.of()).stream().anyMatch(r -> r.getCommitteeId() == committeeId);
    }

    Map<String, java.time.LocalDate> eventDays() {
        var days = new HashMap<String, java.time.LocalDate>();
        events.forEach(e -> days.put(DueDates.key(e.getName()), e.getOccurredOn()));
        return days;
    }

    record ActingBody(long committeeId, boolean lead) {
    }
}
