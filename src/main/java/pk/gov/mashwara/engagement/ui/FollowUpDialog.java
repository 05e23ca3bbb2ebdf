package pk.gov.mashwara.engagement.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.shared.ui.FormDialog;

/** Follows a commitment up to done or lapsed, with a note (the reason, for a lapse). */
class FollowUpDialog extends FormDialog {

    final TextArea note = new TextArea();
    private final CommitmentService commitments;
    private final CommitmentInfo commitment;
    private final CommitmentStatus outcome;

    FollowUpDialog(CommitmentService commitments, CommitmentInfo commitment, CommitmentStatus outcome, Runnable onSaved) {
        super("", onSaved);
        setHeaderTitle(getTranslation(outcome == CommitmentStatus.DONE ? "engagement.commitment.done.title"
                : "engagement.commitment.lapsed.title"));
        this.commitments = commitments;
        this.commitment = commitment;
        this.outcome = outcome;
        setId("follow-up-dialog");
        note.setLabel(getTranslation(outcome == CommitmentStatus.DONE ? "engagement.commitment.note"
                : "engagement.commitment.reason"));
        note.setWidthFull();
        note.setId("follow-up-note");
        add(new Paragraph(commitment.description()), note);
        save.setId("follow-up-save");
        save.setText(getTranslation(outcome == CommitmentStatus.DONE ? "engagement.commitment.done"
                : "engagement.commitment.lapsed"));
    }

    @Override
    protected String persist() {
        commitments.followUp(commitment.id(), outcome, note.getValue());
        return getTranslation("engagement.commitment.followedUp");
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.of("note", note);
    }
}
