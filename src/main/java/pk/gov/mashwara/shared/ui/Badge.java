package pk.gov.mashwara.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (Lumo badge styling from the portal stylesheet). */
public final class Badge extends Span {

    public enum Tone { NEUTRAL, INFO, SUCCESS, WARNING, ERROR }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("badge", "badge-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }
}
