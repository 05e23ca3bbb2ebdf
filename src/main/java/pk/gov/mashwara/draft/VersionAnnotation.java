package pk.gov.mashwara.draft;

/**
 * Something another module knows about one version, shown beside it on the draft page and in the list — for
 * example whether its text has been extracted. The draft module shows it without knowing that module.
 *
 * @param labelKey the translation key of the short label
 * @param hintKey  the translation key of a longer explanation, or null
 * @param settled  false while the fact may still change (the page then keeps it up to date)
 * @param labelArguments the values the label's message takes (e.g. counts), in order
 */
public record VersionAnnotation(int versionNumber, String labelKey, String hintKey, Tone tone, boolean settled,
        java.util.List<Object> labelArguments) {

    public VersionAnnotation {
        labelArguments = labelArguments == null ? java.util.List.of() : java.util.List.copyOf(labelArguments);
    }

    public VersionAnnotation(int versionNumber, String labelKey, String hintKey, Tone tone, boolean settled) {
        this(versionNumber, labelKey, hintKey, tone, settled, java.util.List.of());
    }

    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }
}
