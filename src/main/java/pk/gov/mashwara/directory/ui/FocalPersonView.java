package pk.gov.mashwara.directory.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.FocalTerm;
import pk.gov.mashwara.directory.NominationDetails;
import pk.gov.mashwara.directory.NominationStatus;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The focal person (direction 3): who has held the office, from when to when, on which approval of the PM — for
 * everyone; and for the NSMCWG the nominations, each carried from the members' support or objection through the
 * secretary's consensus and recommendation to the PM's approval.
 */
@Route("focal-person")
@Menu(order = 9, title = "nav.focalPerson", icon = "vaadin:user-star")
@PermitAll
public class FocalPersonView extends Main implements HasDynamicTitle {

    final Grid<FocalTerm> history = new Grid<>();
    final Grid<NominationDetails> nominations = new Grid<>();
    final Button nominate;
    final Button support = new Button();
    final Button object = new Button();
    final Button consensus = new Button();
    final Button recommendation = new Button();
    final Button approval = new Button();
    final Button notApproved = new Button();
    final Button withdraw = new Button();
    final Div selected = new Div();
    private final FocalPersonService focal;
    NominationDetails current;

    public FocalPersonView(FocalPersonService focal) {
        this.focal = focal;
        Views.frame(this);
        setId("focal-person");
        nominate = Views.addButton(getTranslation("focal.nominate"), "nominate", e -> new NominateDialog().open());
        nominate.setVisible(focal.mayNominate());
        add(Views.header(getTranslation("focal.title"), nominate));
        add(new Span(getTranslation("focal.direction", Bidi.ltr("No.\u00a01(1)/AS-II/2021"))));

        add(new H3(getTranslation("focal.history")));
        history.addColumn(FocalTerm::name).setHeader(getTranslation("focal.person")).setFlexGrow(2);
        history.addColumn(t -> t.from() == null ? getTranslation("focal.beforeRegister") : day(t.from()))
                .setHeader(getTranslation("focal.from")).setFlexGrow(1);
        history.addColumn(t -> t.to() == null ? getTranslation("focal.inOffice") : day(t.to()))
                .setHeader(getTranslation("focal.to")).setFlexGrow(1);
        history.addColumn(t -> t.approvalRef() == null ? "—" : Bidi.ltr(t.approvalRef()))
                .setHeader(getTranslation("focal.approvalRef")).setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("focal.history.none"));
        history.setId("focal-history");
        add(history);

        if (focal.mayReadNominations()) {
            add(new H3(getTranslation("focal.nominations")));
            nominations.addColumn(NominationDetails::nomineeName).setHeader(getTranslation("focal.nominee")).setFlexGrow(2);
            nominations.addColumn(NominationDetails::nominatedByName).setHeader(getTranslation("focal.nominatedBy")).setFlexGrow(2);
            nominations.addColumn(n -> Bidi.ltr(Formats.date(n.nominatedAt(), getLocale())))
                    .setHeader(getTranslation("focal.nominatedAt")).setWidth("8em").setFlexGrow(0);
            nominations.addColumn(n -> getTranslation("focal.views", n.supporting(), n.objecting()))
                    .setHeader(getTranslation("focal.viewsHeader")).setFlexGrow(1);
            nominations.addColumn(new ComponentRenderer<>(n -> new Badge(getTranslation("focal.status." + n.status().name()),
                    n.status() == NominationStatus.APPROVED ? Badge.Tone.SUCCESS
                            : n.status().closed() ? Badge.Tone.NEUTRAL : Badge.Tone.INFO)))
                    .setHeader(getTranslation("focal.status")).setWidth("11em").setFlexGrow(0);
            nominations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            nominations.setAllRowsVisible(true);
            nominations.setEmptyStateText(getTranslation("focal.nominations.none"));
            nominations.setId("nominations");
            nominations.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
            add(nominations);
            configureActions();
            selected.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
            add(selected);
        }
        refresh();
    }

    private void configureActions() {
        support.setText(getTranslation("focal.support"));
        support.setId("support");
        support.addClickListener(e -> new OpinionDialog(true).open());
        object.setText(getTranslation("focal.object"));
        object.setId("object");
        object.addClickListener(e -> new OpinionDialog(false).open());
        consensus.setText(getTranslation("focal.consensus"));
        consensus.setId("consensus");
        consensus.addClickListener(e -> new ConsensusDialog().open());
        recommendation.setText(getTranslation("focal.recommendation"));
        recommendation.setId("recommendation");
        recommendation.addClickListener(e -> new LetterDialog(Letter.RECOMMENDATION).open());
        approval.setText(getTranslation("focal.approval"));
        approval.setId("approval");
        approval.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approval.addClickListener(e -> new LetterDialog(Letter.APPROVAL).open());
        notApproved.setText(getTranslation("focal.notApproved"));
        notApproved.setId("not-approved");
        notApproved.addClickListener(e -> new LetterDialog(Letter.NOT_APPROVED).open());
        withdraw.setText(getTranslation("focal.withdraw"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> new WithdrawNominationDialog(focal, current, this::refresh).open());
    }

    void refresh() {
        history.setItems(focal.history());
        if (focal.mayReadNominations()) {
            var all = focal.nominations();
            nominations.setItems(all);
            var keep = current == null ? null : all.stream().filter(n -> n.id() == current.id()).findFirst().orElse(null);
            if (keep == null && !all.isEmpty()) {
                keep = all.getFirst();
            }
            if (keep != null) {
                nominations.select(keep);
            }
            show(keep);
        }
    }

    void show(NominationDetails n) {
        current = n;
        selected.removeAll();
        if (n == null) {
            return;
        }
        selected.add(new H3(getTranslation("focal.nominationOf", n.nomineeName())));
        selected.add(new Paragraph(getTranslation("focal.nominatedLine", n.nominatedByName(),
                Bidi.ltr(Formats.dateTime(n.nominatedAt(), getLocale())), n.note() == null ? "—" : n.note())));
        for (var o : n.opinions()) {
            selected.add(new Paragraph(getTranslation(o.supports() ? "focal.supportLine" : "focal.objectLine",
                    o.memberName(), o.note() == null ? "—" : o.note())));
        }
        if (n.consensusNote() != null) {
            selected.add(new Paragraph(getTranslation("focal.consensusLine", n.consensusNote())));
        }
        if (n.recommendationRef() != null) {
            selected.add(new Paragraph(getTranslation("focal.recommendationLine", Bidi.ltr(n.recommendationRef()),
                    day(n.recommendationDate()))));
        }
        if (n.approvalRef() != null) {
            var answer = new Paragraph(getTranslation(n.status() == NominationStatus.NOT_APPROVED
                    ? "focal.notApprovedLine" : "focal.approvalLine", Bidi.ltr(n.approvalRef()),
                    day(n.approvalDate())));
            answer.setId("nomination-answer");
            selected.add(answer);
        }
        if (n.withdrawal() != null) {
            var withdrawn = new Paragraph(getTranslation("focal.withdrawnLine", n.withdrawal().byName(),
                    Bidi.ltr(Formats.dateTime(n.withdrawal().at(), getLocale())), n.withdrawal().reason()));
            withdrawn.setId("nomination-withdrawn");
            selected.add(withdrawn);
        }
        support.setVisible(n.allowed().opinion());
        object.setVisible(n.allowed().opinion());
        consensus.setVisible(n.allowed().consensus());
        recommendation.setVisible(n.allowed().recommend());
        approval.setVisible(n.allowed().approve());
        notApproved.setVisible(n.allowed().approve());
        withdraw.setVisible(n.allowed().withdraw());
        var row = new Div(support, object, consensus, recommendation, approval, notApproved, withdraw);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        selected.add(row);
    }

    /** A day as the portal writes every date (06/12/2026), not in a format of its own. */
    private String day(java.time.LocalDate date) {
        return Formats.date(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("focal.title") + " · " + getTranslation("app.name");
    }

    /** Nominates a user of the NSMCWG, with a note. */
    class NominateDialog extends FormDialog {
        final ComboBox<UserInfo> nominee = new ComboBox<>();
        final TextArea note = new TextArea();

        NominateDialog() {
            super(FocalPersonView.this.getTranslation("focal.nominate"), FocalPersonView.this::refresh);
            nominee.setLabel(getTranslation("focal.nominee"));
            nominee.setId("nominee");
            note.setId("nomination-note");
            save.setId("nominate-save");
            nominee.setItems(focal.candidates());
            nominee.setItemLabelGenerator(UserInfo::displayName);
            nominee.setWidthFull();
            note.setLabel(getTranslation("focal.note"));
            note.setWidthFull();
            note.setMaxLength(4_000);
            add(nominee, note);
        }

        @Override
        protected String persist() {
            if (nominee.getValue() == null) {
                throw pk.gov.mashwara.shared.InvalidInputException.onField("nomineeId", "error.nomination.required",
                        "nomineeId");
            }
            var id = focal.nominate(nominee.getValue().id(), note.getValue());
            // the page shows the new nomination once it refreshes
            current = focal.nomination(id);
            return getTranslation("focal.nominated");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("nomineeId", nominee, "note", note);
        }
    }

    /** A member's support or objection, with a note. */
    class OpinionDialog extends FormDialog {
        final TextArea note = new TextArea();
        private final boolean supports;

        OpinionDialog(boolean supports) {
            super(FocalPersonView.this.getTranslation(supports ? "focal.support" : "focal.object"),
                    FocalPersonView.this::refresh);
            this.supports = supports;
            note.setId("nomination-note");
            save.setId("opinion-save");
            note.setLabel(getTranslation("focal.note"));
            note.setWidthFull();
            note.setMaxLength(4_000);
            add(note);
        }

        @Override
        protected String persist() {
            focal.opinion(current.id(), supports, note.getValue());
            return getTranslation("focal.opinionRecorded");
        }
    }

    /** The secretary's record of consensus. */
    class ConsensusDialog extends FormDialog {
        final TextArea note = new TextArea();

        ConsensusDialog() {
            super(FocalPersonView.this.getTranslation("focal.consensus"), FocalPersonView.this::refresh);
            note.setId("nomination-note");
            save.setId("consensus-save");
            note.setLabel(getTranslation("focal.consensusNote"));
            note.setWidthFull();
            note.setMaxLength(4_000);
            add(note);
        }

        @Override
        protected String persist() {
            focal.consensus(current.id(), note.getValue(), current.version());
            return getTranslation("focal.consensusRecorded");
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("note", note);
        }
    }

    /** The letters the secretary records: the recommendation sent to the PM, and the PM's answer either way. */
    enum Letter {
        RECOMMENDATION, APPROVAL, NOT_APPROVED
    }

    /** The recommendation sent to the PM, or the PM's answer (approved or not): reference and date. */
    class LetterDialog extends FormDialog {
        final TextField reference = new TextField();
        final DatePicker date = Formats.dayFirst(new DatePicker());
        private final Letter letter;

        LetterDialog(Letter letter) {
            super(FocalPersonView.this.getTranslation(switch (letter) {
                case RECOMMENDATION -> "focal.recommendation";
                case APPROVAL -> "focal.approval";
                case NOT_APPROVED -> "focal.notApproved";
            }), FocalPersonView.this::refresh);
            this.letter = letter;
            setId("letter-dialog");
            reference.setId("letter-reference");
            date.setId("letter-date");
            save.setId("letter-save");
            reference.setLabel(getTranslation("focal.reference"));
            reference.setMaxLength(100);
            reference.setWidthFull();
            date.setLabel(getTranslation("focal.date"));
            add(reference, date);
        }

        @Override
        protected String persist() {
            switch (letter) {
                case APPROVAL -> {
                    focal.approval(current.id(), reference.getValue(), date.getValue(), current.version());
                    return getTranslation("focal.approved");
                }
                case NOT_APPROVED -> {
                    focal.notApproved(current.id(), reference.getValue(), date.getValue(), current.version());
                    return getTranslation("focal.notApprovedRecorded");
                }
                default -> {
                    focal.recommendation(current.id(), reference.getValue(), date.getValue(), current.version());
                    return getTranslation("focal.recommended");
                }
            }
        }

        @Override
        protected Map<String, HasValidation> fields() {
            return Map.of("reference", reference, "date", date);
        }
    }
}
