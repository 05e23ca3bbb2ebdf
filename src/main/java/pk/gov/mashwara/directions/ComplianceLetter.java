package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One letter on the compliance dashboard: its particulars, the colour of each direction the reader may see and of
 * each body on it, and how many directions are of each colour.
 */
public record ComplianceLetter(long letterId, String reference, LocalDate date, String subject, BodyRef issuingOffice,
        Map<Rag, Integer> counts, List<Direction> directions) {

    public ComplianceLetter {
        counts = Map.copyOf(counts);
        directions = List.copyOf(directions);
    }

    /** How many of its directions are of this colour. */
    public int count(Rag rag) {
        return counts.getOrDefault(rag, 0);
    }

    /** A direction with its colour, and its bodies with theirs. */
    public record Direction(DirectionInfo info, Rag rag, List<Body> bodies) {

        public Direction {
            bodies = List.copyOf(bodies);
        }
    }

    /** One body on a direction with its colour. */
    public record Body(BodyStatus status, Rag rag) {
    }
}
