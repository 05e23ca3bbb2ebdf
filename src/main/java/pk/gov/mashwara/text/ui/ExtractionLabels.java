package pk.gov.mashwara.text.ui;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;

/** Translated names, badges and explanations of extraction statuses. */
final class ExtractionLabels {

    private ExtractionLabels() {
    }

    static String status(Component c, ExtractionStatus status) {
        return c.getTranslation("extractionStatus." + status.name());
    }

    static String reason(Component c, ExtractionReason reason) {
        return reason == null ? "" : c.getTranslation("extraction.reason." + reason.name());
    }

    static Badge badge(Component c, ExtractionSummary summary) {
        var tone = Badge.Tone.valueOf(summary.status().tone().name());
        var text = status(c, summary.status());
        if (summary.status() == ExtractionStatus.EXTRACTING && summary.progress() != null
                && summary.progress().startsWith("OCR")) {
            text += " · " + c.getTranslation("reader.ocrRunning");
        }
        return new Badge(text, tone);
    }

    /** What a user should know about the text of a version in this state; empty when the text is simply there. */
    static String explanation(Component c, ExtractionSummary summary) {
        return switch (summary.status()) {
            case DONE -> "";
            case PENDING -> c.getTranslation("reader.pending");
            case EXTRACTING -> c.getTranslation(summary.progress() != null && summary.progress().startsWith("OCR")
                    ? "reader.extractingOcr" : "reader.extracting");
            case TRUNCATED -> c.getTranslation("reader.truncated", summary.characters());
            default -> reason(c, summary.reason()).isEmpty() ? status(c, summary.status()) : reason(c, summary.reason());
        };
    }
}
