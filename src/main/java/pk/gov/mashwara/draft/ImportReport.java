package pk.gov.mashwara.draft;

import java.util.List;

/** What happened to each file of an import, in the order given. */
public record ImportReport(List<Item> items) {

    public enum Outcome { CREATED, REFUSED, FAILED }

    /**
     * @param draftId the new draft, when created
     * @param message why a file was refused or failed, in plain words; null when created
     */
    public record Item(String fileName, Outcome outcome, Long draftId, String sha256, String message) {
    }

    public ImportReport {
        items = List.copyOf(items);
    }

    public long count(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
