package pk.gov.mashwara.record;

import java.util.function.Function;

import pk.gov.mashwara.draft.DraftDetails;

/**
 * What a {@link RecordSection} is told: the draft (already checked to be visible to the reader) and how to
 * name a person in the record.
 */
public record RecordContext(DraftDetails draft, Function<String, String> people) {

    /** A user as the record names them: "Display Name (username)", or the user name alone if unknown. */
    public String person(String username) {
        return username == null ? "" : people.apply(username);
    }
}
