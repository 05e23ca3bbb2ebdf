package pk.gov.mashwara.engagement.ui;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.engagement.CompanyInfo;
import pk.gov.mashwara.engagement.CompanyService;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Formats;

/** Logs an engagement: the company, kind, day, subject, lead, participants, topics, position and direction served. */
class EngagementDialog extends FormDialog {

    /** The reference of the PMO's letter whose directions the log serves. */
    static final String LETTER = "No. 1(1)/AS-II/2021";

    final ComboBox<CompanyInfo> company = new ComboBox<>();
    final Select<EngagementKind> kind = new Select<>();
    final DatePicker occurredOn = Formats.dayFirst(new DatePicker());
    final TextField subject = new TextField();
    final TextField lead = new TextField();
    final TextArea ourParticipants = new TextArea();
    final TextArea theirParticipants = new TextArea();
    final TextArea topics = new TextArea();
    final TextArea position = new TextArea();
    final IntegerField positionDraftId = new IntegerField();
    final Select<String> direction = new Select<>();
    final TextField letterReference = new TextField();
    final MultiSelectComboBox<CommitteeInfo> bodies = new MultiSelectComboBox<>();

    private final EngagementService engagements;
    private final LongConsumer onCreated;
    private long created;

    EngagementDialog(EngagementService engagements, CompanyService companies, List<CommitteeInfo> committees,
            LongConsumer onCreated) {
        super("", () -> { });
        setHeaderTitle(getTranslation("engagement.log"));
        this.engagements = engagements;
        this.onCreated = onCreated;
        setWidth("min(820px, 96vw)");
        setId("engagement-dialog");
        company.setLabel(getTranslation("engagement.field.company"));
        company.setItems(companies.companies(true));
        company.setItemLabelGenerator(CompanyInfo::name);
        company.setRequiredIndicatorVisible(true);
        company.setId("engagement-company");
        kind.setLabel(getTranslation("engagement.field.kind"));
        kind.setItems(EngagementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("engagementKind." + k.name()));
        kind.setValue(EngagementKind.MEETING);
        kind.setId("engagement-kind");
        occurredOn.setLabel(getTranslation("engagement.field.date"));
        occurredOn.setValue(java.time.LocalDate.now(Formats.PKT));
        occurredOn.setId("engagement-date");
        subject.setLabel(getTranslation("engagement.field.subject"));
        subject.setMaxLength(300);
        subject.setId("engagement-subject");
        lead.setLabel(getTranslation("engagement.field.leadUsername"));
        lead.setHelperText(getTranslation("engagement.field.leadUsername.hint"));
        lead.setId("engagement-lead");
        ourParticipants.setLabel(getTranslation("engagement.field.ourParticipants"));
        ourParticipants.setId("engagement-ours");
        theirParticipants.setLabel(getTranslation("engagement.field.theirParticipants"));
        theirParticipants.setId("engagement-theirs");
        topics.setLabel(getTranslation("engagement.field.topics"));
        topics.setId("engagement-topics");
        position.setLabel(getTranslation("engagement.field.position"));
        position.setId("engagement-position");
        positionDraftId.setLabel(getTranslation("engagement.field.positionDraft"));
        positionDraftId.setHelperText(getTranslation("engagement.field.positionDraft.hint"));
        positionDraftId.setId("engagement-position-draft");
        direction.setLabel(getTranslation("engagement.field.direction"));
        direction.setItems("", "1", "7");
        direction.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("engagement.field.direction.none")
                : getTranslation("engagement.direction." + d));
        direction.setValue("");
        direction.setId("engagement-direction");
        letterReference.setLabel(getTranslation("engagement.field.letterReference"));
        letterReference.setValue(LETTER);
        letterReference.setId("engagement-letter");
        bodies.setLabel(getTranslation("engagement.field.bodies"));
        bodies.setItems(committees.stream().filter(CommitteeInfo::active).filter(c -> !c.isNsmcwg()).toList());
        bodies.setItemLabelGenerator(c -> c.code() + " · " + c.displayName(getLocale()));
        bodies.setId("engagement-bodies");
        var form = new FormLayout(company, kind, occurredOn, direction, subject, lead, ourParticipants,
                theirParticipants, topics, position, positionDraftId, letterReference, bodies);
        form.setColspan(subject, 2);
        form.setColspan(topics, 2);
        form.setColspan(position, 2);
        form.setColspan(bodies, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        add(form);
        save.setText(getTranslation("engagement.log.save"));
        save.setId("engagement-save");
        save.addClickListener(e -> {
            if (created > 0 && !isOpened()) {
                onCreated.accept(created);
            }
        });
    }

    @Override
    protected String persist() {
        var d = direction.getValue() == null || direction.getValue().isEmpty() ? null : direction.getValue();
        var saved = engagements.log(new NewEngagement(company.getValue() == null ? null : company.getValue().name(),
                kind.getValue(), occurredOn.getValue(), subject.getValue(), lead.getValue(), ourParticipants.getValue(),
                theirParticipants.getValue(), topics.getValue(), position.getValue(),
                positionDraftId.getValue() == null ? null : positionDraftId.getValue().longValue(), d,
                d == null ? null : letterReference.getValue(), bodies.getValue().stream().map(CommitteeInfo::code).toList()));
        created = saved.id();
        return getTranslation("engagement.logged", saved.company());
    }

    @Override
    protected Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("company", company), Map.entry("kind", kind), Map.entry("occurredOn", occurredOn),
                Map.entry("subject", subject), Map.entry("lead", lead), Map.entry("ourParticipants", ourParticipants),
                Map.entry("theirParticipants", theirParticipants), Map.entry("topics", topics),
                Map.entry("position", position), Map.entry("positionDraftId", positionDraftId),
                Map.entry("directionNumber", direction), Map.entry("letterReference", letterReference),
                Map.entry("bodies", bodies));
    }
}
