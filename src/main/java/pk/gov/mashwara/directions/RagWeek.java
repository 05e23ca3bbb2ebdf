package pk.gov.mashwara.directions;

import java.time.LocalDate;

/** How many directions were of each colour at the end of a week, as the progress entries recorded then show it. */
public record RagWeek(LocalDate weekEnding, int red, int amber, int green) {

    public int total() {
        return red + amber + green;
    }
}
