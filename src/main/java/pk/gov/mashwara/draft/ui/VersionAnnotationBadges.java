package pk.gov.mashwara.draft.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import pk.gov.mashwara.draft.VersionAnnotation;
import pk.gov.mashwara.draft.VersionAnnotations;
import pk.gov.mashwara.shared.ui.Badge;

/**
 * Shows what other modules know about versions (e.g. whether their text has been extracted) as badges, and
 * says whether any of it is still changing so that the page can keep it up to date.
 */
class VersionAnnotationBadges {

    private final List<VersionAnnotations> sources;
    private final Map<Integer, List<VersionAnnotation>> byVersion = new HashMap<>();

    VersionAnnotationBadges(List<VersionAnnotations> sources) {
        this.sources = sources;
    }

    boolean any() {
        return !sources.isEmpty();
    }

    /** Loads the annotations of a draft's versions; true when none of them will change any more. */
    boolean load(long draftId) {
        byVersion.clear();
        for (var source : sources) {
            source.forDraft(draftId).forEach((number, annotation) ->
                    byVersion.computeIfAbsent(number, n -> new ArrayList<>()).add(annotation));
        }
        return byVersion.values().stream().flatMap(List::stream).allMatch(VersionAnnotation::settled);
    }

    Component badges(Component owner, int versionNumber) {
        var box = new Div();
        box.addClassNames("version-annotations");
        byVersion.getOrDefault(versionNumber, List.of()).forEach(a -> box.add(badge(owner, a)));
        return box;
    }

    static Badge badge(Component owner, VersionAnnotation annotation) {
        var badge = new Badge(owner.getTranslation(annotation.labelKey(), annotation.labelArguments().toArray()), Badge.Tone.valueOf(annotation.tone().name()));
        if (annotation.hintKey() != null) {
            badge.getElement().setAttribute("title", owner.getTranslation(annotation.hintKey()));
        }
        return badge;
    }
}
