package pk.gov.mashwara.search;

/** One record of the working group's business, by its kind and its id in the module that keeps it. */
public record RecordRef(RecordKind kind, long id) {
}
