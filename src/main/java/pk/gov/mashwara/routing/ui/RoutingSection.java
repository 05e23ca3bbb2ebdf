package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.RoutingView;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;

/** Where the draft stands on its route (state, who it waits for, since when, until when) and its history. */
class RoutingSection extends Section {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy", java.util.Locale.ROOT);

    final Span state = new Span();
    final Div facts = new Div();
    final Div clearance = new Div();
    final OrderedList timeline = new OrderedList();
    final Div consultations = new Div();
    /** The review window: until when comments are open, and the secretary's controls of it. */
    final Div window = new Div();
    final Span windowState = new Span();

    /** Names the people on the section by user id: by name and office, not by user id. */
    private final java.util.function.Function<String, String> people;

    RoutingSection(RoutingView view, DraftDetails draft) {
        this(view, draft, null);
    }

    RoutingSection(RoutingView view, DraftDetails draft, String consulted) {
        this(view, draft, consulted, null);
    }

    /**
     * @param consulted the code of the division whose consultation step is open, if any
     * @param people    names a user id by name and office ("Kamran Akhtar, NSMCWG secretary"); null: by the name
     *                  recorded with the step
     */
    RoutingSection(RoutingView view, DraftDetails draft, String consulted,
            java.util.function.Function<String, String> people) {
        this(view, draft, consulted, people, null);
    }

    /**
     * @param divisions names a division by its code in the reader's language ("MOFA" as "Ministry of Foreign
     *                  Affairs"), for the history's details; null: by its code
     */
    RoutingSection(RoutingView view, DraftDetails draft, String consulted,
            java.util.function.Function<String, String> people, java.util.function.UnaryOperator<String> divisions) {
        this.people = people;
        this.divisions = divisions;
        setId("routing");
        addClassNames("routing-section");
        var heading = new H3(getTranslation("routing.heading"));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.XSMALL);
        state.setText(RoutingLabels.state(this, view.status(), view.stateTitle()));
        state.setId("routing-state");
        state.addClassNames("routing-state");
        facts.addClassNames("metadata", "routing-facts");
        clearance.addClassNames("clearance-stamp");
        clearance.setId("clearance");
        if (view.waitingFor() != null) {
            var waiting = field("routing.waitingFor", waitingFor(view, draft, consulted));
            waiting.setId("routing-waiting-for");
            facts.add(waiting);
        }
        facts.add(field("routing.since", Formats.dateTime(view.since(), getLocale())));
        if (view.dueAt() != null) {
            var due = field("routing.dueAt", Formats.dateTime(view.dueAt(), getLocale()));
            due.setId("routing-due");
            if (view.overdue()) {
                var overdue = new Badge(getTranslation("routing.overdue"), Badge.Tone.ERROR);
                overdue.setId("routing-overdue");
                due.add(overdue);
            }
            facts.add(due);
        }
        var stateLine = new Div(state);
        stateLine.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        consultations.setId("routing-consultations");
        window.setId("review-window-section");
        window.addClassNames("review-window-section");
        add(heading, stateLine, facts, window, clearance, consultations, history(view));
        window.setVisible(false);
        clearance.setVisible(false);
        consultations.setVisible(false);
    }

    /**
     * The review window in one place: open for comments until when (and how long is left), or closed since when;
     * with the controls the user has (the secretary: change the deadline, close the review) and a sentence
     * saying what closing the review does.
     */
    void showWindow(pk.gov.mashwara.review.ReviewWindowInfo info, java.time.Instant now,
            java.util.List<com.vaadin.flow.component.Component> controls) {
        window.removeAll();
        var label = new Span(getTranslation("review.window.heading"));
        label.addClassNames("label");
        var deadline = info.deadline();
        String text;
        if (deadline == null) {
            text = getTranslation(info.open() ? "review.window.noDeadline" : "review.window.notUnderReview");
        } else if (info.open()) {
            text = getTranslation("review.window.open", Formats.dateTime(deadline, getLocale()),
                    left(java.time.Duration.between(now, deadline)));
        } else {
            text = getTranslation("review.window.closed", Formats.dateTime(deadline, getLocale()));
        }
        windowState.setText(text);
        windowState.setId("review-window-state");
        windowState.addClassNames("review-window-state");
        windowState.getElement().setAttribute("data-open", Boolean.toString(info.open()));
        window.add(label, new Div(windowState));
        if (info.open() && deadline != null) {
            // while comments are open the window's deadline is the one that counts: not a second date beside it
            facts.getChildren().filter(c -> "routing-due".equals(c.getId().orElse(null)))
                    .forEach(c -> c.setVisible(false));
        }
        if (!controls.isEmpty()) {
            var buttons = new Div();
            buttons.addClassNames("review-window-controls");
            controls.forEach(buttons::add);
            var explained = new Paragraph(getTranslation(info.open() ? "review.window.closeExplained.open"
                    : "review.window.closeExplained.closed"));
            explained.setId("review-window-explained");
            explained.addClassNames("review-window-explained");
            window.add(buttons, explained);
        }
        window.setVisible(true);
    }

    /** How long is left, in days (hours on the last day). */
    private String left(java.time.Duration d) {
        if (d.toDays() >= 1) {
            return getTranslation("review.window.daysLeft", d.toDays());
        }
        return getTranslation("review.window.hoursLeft", Math.max(1, d.toHours()));
    }

    /**
     * The focal person's clearance as a stamp: who cleared which version when, and the start of its hash; a
     * warning when the stored clearance no longer matches its hash or a later version has come since.
     */
    void showClearance(pk.gov.mashwara.routing.ClearanceStamp stamp) {
        clearance.removeAll();
        var line = new Span(getTranslation("clearance.stamp",
                people == null ? stamp.signerName() : people.apply(stamp.signer()),
                Formats.dateTime(stamp.signedAt(), getLocale()), stamp.shortHash()));
        line.setId("clearance-stamp");
        line.getElement().setAttribute("title", stamp.hash());
        var badge = new Badge(getTranslation(stamp.intact() ? "routing.cleared" : "routing.clearanceTampered"),
                stamp.intact() ? Badge.Tone.SUCCESS : Badge.Tone.ERROR);
        clearance.add(badge, line);
        if (!stamp.intact()) {
            clearance.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("clearance.tampered")));
        } else if (!stamp.ofLatestVersion()) {
            clearance.add(new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("clearance.laterVersion", stamp.versionNumber())));
        }
        clearance.setVisible(true);
    }

    /**
     * The steps of the latest round of consultations, stage by stage: the divisions of one stage are consulted
     * together, each with its own due date and status; a division added case by case says who added it and why; a
     * recorded view shows its U.O. note (and, recorded on the division's behalf, when it was received) and a link to
     * the file attached to it; an objection shows the path it took.
     */
    /** The deciding steps' summaries and decisions, shown with their steps by {@link #showConsultations}. */
    void showDecisions(java.util.List<RoutingView.DecisionStep> steps) {
        decisions.clear();
        steps.forEach(d -> decisions.put(d.consultationId(), d));
    }

    private final java.util.Map<Long, RoutingView.DecisionStep> decisions = new java.util.HashMap<>();
    /** The download of a lodged summary by its lodging's id, for a user who may read it; null otherwise. */
    private java.util.function.LongFunction<DownloadHandler> lodged;

    /** Lets the user download the summaries lodged with the Cabinet Division, shown with their steps. */
    void lodgedSummaries(java.util.function.LongFunction<DownloadHandler> download) {
        this.lodged = download;
    }

    void showConsultations(java.util.List<RoutingView.ConsultationStep> steps,
            java.util.function.Function<RoutingView.ConsultationStep, DownloadHandler> download) {
        consultations.removeAll();
        consultations.setVisible(!steps.isEmpty());
        if (steps.isEmpty()) {
            return;
        }
        var heading = new Span(getTranslation("routing.consultations"));
        heading.addClassNames("label");
        consultations.add(heading);
        var byStage = new java.util.TreeMap<Integer, java.util.List<RoutingView.ConsultationStep>>();
        steps.forEach(step -> byStage.computeIfAbsent(step.stage(), k -> new java.util.ArrayList<>()).add(step));
        boolean staged = byStage.size() > 1 || byStage.firstEntry().getValue().size() > 1;
        for (var stage : byStage.entrySet()) {
            var group = new Div();
            group.addClassNames("routing-stage");
            group.setId("consultation-stage-" + stage.getKey());
            if (staged) {
                var together = stage.getValue().size() > 1;
                var title = new Span(getTranslation(together ? "routing.consultation.stage.together"
                        : "routing.consultation.stage", stage.getKey()));
                title.addClassNames("routing-stage-title");
                group.add(title);
            }
            var list = new OrderedList();
            list.addClassNames("routing-consultations");
            stage.getValue().forEach(step -> list.add(consultation(step, download)));
            group.add(list);
            consultations.add(group);
        }
    }

    /**
     * The summary for the Cabinet generated from the draft's record, to download (it is written, and the download
     * audited, when the link is followed); shown below the consultations, where a Cabinet step applies.
     */
    void showCabinetSummary(DownloadHandler download) {
        var link = new Anchor(download, AttachmentType.DOWNLOAD, "");
        link.setId("cabinet-summary-link");
        link.add(new com.vaadin.flow.component.icon.Icon(com.vaadin.flow.component.icon.VaadinIcon.FILE_TEXT_O),
                new Span(getTranslation("routing.cabinetSummary.download")));
        link.addClassNames("routing-cabinet-summary");
        consultations.add(link);
    }

    private ListItem consultation(RoutingView.ConsultationStep step,
            java.util.function.Function<RoutingView.ConsultationStep, DownloadHandler> download) {
        var item = new ListItem();
        item.setId("consultation-" + step.id());
        item.addClassNames("routing-consultation");
        item.getElement().setAttribute("data-status", step.status().name());
        // the division as the reader's language names it
        var urdu = "ur".equals(getLocale().getLanguage()) && step.committeeNameUr() != null
                && !step.committeeNameUr().isBlank();
        var division = urdu ? step.committeeNameUr()
                : step.committeeName() == null ? step.committeeCode() : step.committeeName();
        var title = new Span((step.added() == null ? stepTitle(step.step())
                : getTranslation("routing.consultation.step.added-consultation")) + " · " + division);
        title.addClassNames("routing-step-title");
        item.add(title);
        // a deciding body (the Cabinet, the CCLC) decides: its step shows the decision, not a view "received"
        var deciding = decisions.containsKey(step.id()) && step.view() != null;
        var status = switch (step.status()) {
            case RECORDED -> deciding
                    ? new Badge(getTranslation("routing.consultation.status.DECIDED", viewLabel(step.view())),
                            "not-approved".equals(step.view()) ? Badge.Tone.WARNING : Badge.Tone.SUCCESS)
                    : new Badge(getTranslation("routing.consultation.status.RECORDED"), Badge.Tone.SUCCESS);
            case OPEN -> new Badge(getTranslation("routing.consultation.status.OPEN"), Badge.Tone.NEUTRAL);
            case NOT_YET_OPEN -> new Badge(getTranslation("routing.consultation.status.NOT_YET_OPEN"), Badge.Tone.NEUTRAL);
        };
        status.setId("consultation-" + step.id() + "-status");
        item.add(status);
        String state;
        if (step.recordedAt() != null) {
            state = getTranslation("routing.consultation.recorded", getTranslation("routing.view."
                    + step.view().toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
                    Formats.dateTime(step.recordedAt(), getLocale()));
        } else if (step.openedAt() != null && decisions.containsKey(step.id())) {
            state = decidingState(decisions.get(step.id()), step);
        } else if (step.openedAt() != null) {
            state = getTranslation("routing.consultation.waiting", Formats.dateTime(step.dueAt(), getLocale()));
        } else {
            state = getTranslation("routing.consultation.notYetOpen");
        }
        var when = new Span(state);
        when.addClassNames("routing-step-who");
        when.setId("consultation-" + step.id() + "-due");
        item.add(when);
        var decided = decisions.get(step.id());
        if (decided != null && decided.caseNumber() != null) {
            // the case number and the meeting (or circulation) of the decision taken last, a deferral included
            var line = new Paragraph(getTranslation("routing.view." + decided.decision()
                    .toUpperCase(java.util.Locale.ROOT).replace('-', '_')) + " · " + decided.caseNumber() + " · "
                    + (decided.byCirculation() ? getTranslation("routing.circulation.YES")
                            : getTranslation("routing.detail.meetingDate") + ": " + DAY.format(decided.meetingDate())));
            line.addClassNames("routing-step-detail");
            line.setId("consultation-" + step.id() + "-decision");
            item.add(line);
        }
        if (decided != null && decided.summaryFile() != null) {
            // the summary as lodged: the file itself, named as kept (its SHA-256 on hover)
            var file = decided.summaryFile();
            var text = new Span(getTranslation("routing.consultation.summaryFile", file.fileName()));
            com.vaadin.flow.component.Component shown = text;
            if (lodged != null) {
                var link = new Anchor(lodged.apply(decided.summaryId()), AttachmentType.DOWNLOAD, "");
                link.add(new Icon(VaadinIcon.FILE_TEXT_O), text);
                link.addClassNames("download-link");
                shown = link;
            }
            shown.setId("consultation-" + step.id() + "-summaryFile");
            shown.getElement().setAttribute("title", "SHA-256 " + file.sha256());
            item.add(new Div(shown));
        }
        if (step.added() != null) {
            var added = new Paragraph(getTranslation("routing.consultation.addedBy", name(step.added().by(),
                    step.added().byName()), step.added().reason()));
            added.addClassNames("routing-step-detail");
            added.setId("consultation-" + step.id() + "-added");
            added.getElement().setAttribute("dir", "auto");
            item.add(added);
        }
        if (step.viewText() != null && !step.viewText().isBlank()) {
            var text = new Paragraph(step.viewText());
            text.addClassNames("routing-step-reason");
            text.getElement().setAttribute("dir", "auto");
            item.add(text);
        }
        if (step.note() != null) {
            var note = new Paragraph(getTranslation("routing.consultation.uo", Bidi.ltr(step.note().reference(), getLocale()),
                    step.note().uoDate().format(DAY), step.note().designation()));
            note.addClassNames("routing-step-detail");
            note.setId("consultation-" + step.id() + "-uo");
            note.getElement().setAttribute("dir", "auto");
            item.add(note);
            if (step.note().onBehalf()) {
                var behalf = new Paragraph(getTranslation("routing.consultation.onBehalf", division,
                        step.note().receivedOn().format(DAY)));
                behalf.addClassNames("routing-step-detail");
                behalf.setId("consultation-" + step.id() + "-onBehalf");
                item.add(behalf);
            }
        }
        if (step.resolution() != null) {
            item.add(objectionPath(step, division));
        }
        if (step.attachment() != null) {
            var file = step.attachment();
            var link = new Anchor(download.apply(step), AttachmentType.DOWNLOAD, "");
            link.add(new Icon(VaadinIcon.PAPERCLIP),
                    new Span(getTranslation("routing.consultation.download", file.fileName())));
            link.setId("consultation-" + step.id() + "-attachment");
            link.addClassNames("download-link");
            link.getElement().setAttribute("title", "SHA-256 " + file.sha256());
            item.add(new Div(link));
        }
        return item;
    }

    /** How the objection was dealt with: the Secretaries' meeting, or both views side by side for the Cabinet. */
    private Div objectionPath(RoutingView.ConsultationStep step, String division) {
        var path = step.resolution();
        var box = new Div();
        box.addClassNames("routing-objection-path");
        box.setId("consultation-" + step.id() + "-path");
        if ("SECRETARIES_MEETING".equals(path.path())) {
            var head = new Span(getTranslation("routing.objection.resolved", path.meetingDate().format(DAY)));
            head.addClassNames("routing-step-title");
            var attended = new Paragraph(getTranslation("routing.objection.attendees", path.attendees()));
            var outcome = new Paragraph(getTranslation("routing.objection.outcome", path.outcome()));
            attended.getElement().setAttribute("dir", "auto");
            outcome.getElement().setAttribute("dir", "auto");
            box.add(head, attended, outcome);
        } else {
            var head = new Span(getTranslation("routing.objection.cabinet"));
            head.addClassNames("routing-step-title");
            var sides = new Div();
            sides.addClassNames("routing-objection-sides");
            sides.add(side(getTranslation("routing.objection.divisionView", division), step.viewText()),
                    side(getTranslation("routing.objection.sponsorReply"), path.sponsorReply()));
            box.add(head, sides);
        }
        return box;
    }

    private static Div side(String label, String text) {
        var title = new Span(label);
        title.addClassNames("label");
        var body = new Paragraph(text);
        body.getElement().setAttribute("dir", "auto");
        var side = new Div(title, body);
        side.addClassNames("routing-objection-side");
        return side;
    }

    /** Names a division by its code, in the reader's language, where the page was given the names. */
    private final java.util.function.UnaryOperator<String> divisions;

    private String name(String username, String fallback) {
        return people == null ? fallback : people.apply(username);
    }

    /**
     * Who can act now, the divisions by their names in the reader's language ("Committee officer, Ministry of
     * Foreign Affairs، Law and Justice Division"), and who of them may not, it being his own case.
     */
    private String waitingFor(RoutingView view, DraftDetails draft, String consulted) {
        var actor = view.waitingFor();
        var rtl = Messages.isRightToLeft(getLocale());
        var names = view.waitingDivisions().stream().map(c -> c.displayName(getLocale()))
                .collect(java.util.stream.Collectors.joining(rtl ? "، " : ", "));
        var who = names.isEmpty() || actor.relation() == pk.gov.mashwara.routing.RoutingRules.Relation.NSMCWG
                ? RoutingLabels.actor(this, actor, draft, consulted)
                : getTranslation("routing.actor.ownCommittee", getTranslation("role." + actor.role().name()), names);
        return view.notBy().isEmpty() ? who
                : getTranslation("pendency.waitsFor.notBy", who, String.join(", ", view.notBy()));
    }

    /** Where a deciding step stands: its summary lodged, returned as incomplete, or still to be lodged. */
    private String decidingState(RoutingView.DecisionStep d, RoutingView.ConsultationStep step) {
        if (d.summaryLodgedOn() != null && d.summaryReturnedAt() == null) {
            return getTranslation("routing.consultation.summaryLodged", DAY.format(d.summaryLodgedOn()));
        }
        if (d.summaryReturnedAt() != null) {
            return getTranslation("routing.consultation.summaryReturned",
                    Formats.dateTime(d.summaryReturnedAt(), getLocale()), d.summaryReturnReason());
        }
        return getTranslation("routing.consultation.waiting", Formats.dateTime(step.dueAt(), getLocale()));
    }

    /** A step as the rule book names it, in words where the catalogue has them. */
    /** A view or a decision as recorded ({@code concur-with-observations}, {@code approved}), in words. */
    private String viewLabel(String view) {
        return getTranslation("routing.view." + view.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    private String stepTitle(String step) {
        var key = "routing.consultation.step." + step;
        var text = getTranslation(key);
        return text == null || text.equals(key) ? step : text;
    }

    private Div history(RoutingView view) {
        var holder = new Div();
        var heading = new Span(getTranslation("routing.history"));
        heading.addClassNames("label");
        holder.add(heading);
        if (view.history().isEmpty()) {
            var none = new Paragraph(getTranslation("routing.history.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            holder.add(none);
            return holder;
        }
        timeline.setId("routing-timeline");
        timeline.addClassNames("routing-timeline");
        // newest first: what happened last matters most
        view.history().reversed().forEach(step -> timeline.add(step(step)));
        holder.add(timeline);
        return holder;
    }

    private ListItem step(RoutingView.Step step) {
        var title = new Span(RoutingLabels.action(this, step.action(), step.title()));
        title.addClassNames("routing-step-title");
        // the arrow points the way the line is read: right to left in Urdu
        var arrow = Messages.isRightToLeft(getLocale()) ? " ← " : " → ";
        var move = new Span(step.from() == step.to() ? RoutingLabels.status(this, step.to())
                : RoutingLabels.status(this, step.from()) + arrow + RoutingLabels.status(this, step.to()));
        move.addClassNames("routing-step-move");
        var who = new Span(getTranslation("routing.step.by",
                people == null || step.actor() == null ? step.actorName() : people.apply(step.actor()), Formats.dateTime(step.at(), getLocale())));
        who.addClassNames("routing-step-who");
        var item = new ListItem(title, move, who);
        item.addClassNames("routing-step");
        if (step.reason() != null) {
            var reason = new Paragraph(step.reason());
            reason.addClassNames("routing-step-reason");
            reason.getElement().setAttribute("dir", "auto");
            item.add(reason);
        }
        step.details().forEach((name, value) -> {
            // a U.O. number is cited as the Secretariat cites it ("U.O. No. …"): a label before it would say it twice
            var detail = new Paragraph("uoNumber".equals(name)
                    ? Bidi.ltr(RoutingView.Note.reference(value), getLocale())
                    : getTranslation("routing.detail." + name) + ": " + detailValue(name, value));
            detail.addClassNames("routing-step-detail");
            detail.getElement().setAttribute("dir", "auto");
            item.add(detail);
        });
        return item;
    }

    /** A recorded detail as a reader reads it: a view in words, a deadline as the portal writes dates. */
    private String detailValue(String name, String value) {
        if ("view".equals(name) || "decision".equals(name)) {
            return getTranslation("routing.view." + value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
        if ("house".equals(name)) {
            return getTranslation("routing.house." + value);
        }
        if ("step".equals(name)) {
            return stepTitle(value);
        }
        if ("division".equals(name) && divisions != null) {
            // recorded as the directory's code: read as the division's name
            return divisions.apply(value);
        }
        if ("byCirculation".equals(name)) {
            return getTranslation("routing.circulation.YES");
        }
        try {
            if ("reviewDeadline".equals(name) || "dueAt".equals(name)) {
                return Formats.dateTime(java.time.Instant.parse(value), getLocale());
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                // a decision's, a gazette's or a meeting's date, recorded as ISO: shown day first
                return DAY.format(java.time.LocalDate.parse(value));
            }
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
        return value;
    }

    private Div field(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassNames("label");
        var text = new Span(value);
        text.addClassNames("value");
        var div = new Div(label, text);
        div.addClassNames("field");
        return div;
    }
}
