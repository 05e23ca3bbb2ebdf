package pk.gov.mashwara.draft.ui;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.shared.ui.Badge;

/** Translated names and badges for the draft enums. */
final class DraftLabels {

    private DraftLabels() {
    }

    static String kind(Component c, DraftKind kind) {
        return kind == null ? "" : c.getTranslation("draftKind." + kind.name());
    }

    static String status(Component c, DraftStatus status) {
        return status == null ? "" : c.getTranslation("draftStatus." + status.name());
    }

    static String classification(Component c, Classification classification) {
        return classification == null ? "" : c.getTranslation("classification." + classification.name());
    }

    static Badge statusBadge(Component c, DraftStatus status) {
        return new Badge(status(c, status), statusTone(status));
    }

    static Badge.Tone statusTone(DraftStatus status) {
        return switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case COMMITTEE_APPROVAL -> Badge.Tone.WARNING;
            case RETURNED_FOR_REVISION -> Badge.Tone.ERROR;
            case NOTIFIED, CLOSED, INPUT_ISSUED -> Badge.Tone.SUCCESS;
            default -> Badge.Tone.INFO;
        };
    }

    static Badge classificationBadge(Component c, Classification classification) {
        var tone = switch (classification) {
            case UNCLASSIFIED -> Badge.Tone.NEUTRAL;
            case RESTRICTED -> Badge.Tone.WARNING;
            case CONFIDENTIAL -> Badge.Tone.ERROR;
        };
        return new Badge(classification(c, classification), tone);
    }
}
