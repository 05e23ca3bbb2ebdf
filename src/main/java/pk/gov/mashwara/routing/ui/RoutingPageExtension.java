package pk.gov.mashwara.routing.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.ui.page.DraftPage;
import pk.gov.mashwara.draft.ui.page.DraftPageContribution;
import pk.gov.mashwara.draft.ui.page.DraftPageExtension;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.routing.RoutingView;
import pk.gov.mashwara.routing.RoutingView.AvailableAction;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * Routing on the draft page: a button {@code action-<name>} for each action the user may take now (disabled, with
 * the reason beside it, while a guard stands in the way; one that cannot be undone first says what it does and
 * asks for confirmation), and a section with where the draft stands and its history.
 */
@org.springframework.stereotype.Component
class RoutingPageExtension implements DraftPageExtension {

    private final RoutingService routing;
    private final pk.gov.mashwara.routing.ClearanceService clearances;
    private final pk.gov.mashwara.review.ReviewService review;
    private final pk.gov.mashwara.routing.RoutingRules rules;
    private final pk.gov.mashwara.draft.DraftService drafts;
    private final java.time.Clock clock;
    private final pk.gov.mashwara.routing.InputService inputs;
    private final pk.gov.mashwara.review.ReviewWindows windows;
    private final pk.gov.mashwara.directory.DirectoryService directory;
    private final pk.gov.mashwara.routing.CabinetSummaryService summaries;

    RoutingPageExtension(RoutingService routing, pk.gov.mashwara.routing.ClearanceService clearances,
            pk.gov.mashwara.review.ReviewService review, pk.gov.mashwara.routing.RoutingRules rules,
            pk.gov.mashwara.draft.DraftService drafts, java.time.Clock clock,
            pk.gov.mashwara.routing.InputService inputs, pk.gov.mashwara.review.ReviewWindows windows,
            pk.gov.mashwara.directory.DirectoryService directory,
            pk.gov.mashwara.routing.CabinetSummaryService summaries) {
        this.summaries = summaries;
        this.inputs = inputs;
        this.windows = windows;
        this.directory = directory;
        this.drafts = drafts;
        this.clock = clock;
        this.rules = rules;
        this.routing = routing;
        this.clearances = clearances;
        this.review = review;
    }

    @Override
    public DraftPageContribution contribute(DraftPage page) {
        var view = routing.routing(page.draft().id());
        var locale = UI.getCurrent() == null ? java.util.Locale.ENGLISH : UI.getCurrent().getLocale();
        var steps = routing.consultations(page.draft().id()).stream().map(step -> inLanguage(step, locale)).toList();
        // divisions consulted together are all waited for
        var consulted = steps.stream().filter(RoutingView.ConsultationStep::open)
                .map(s -> s.committeeName() == null ? s.committeeCode() : s.committeeName())
                .reduce((a, b) -> a + ", " + b).orElse(null);
        var names = new java.util.HashMap<String, String>();
        var committees = directory.committees();
        var section = new RoutingSection(view, page.draft(), consulted,
                // in words: "Committee officer (Cabinet Division)", not the directory's code
                username -> names.computeIfAbsent(username, u -> directory.nameAndOfficeInWords(u, locale)),
                code -> committees.stream().filter(c -> c.code().equals(code)).findFirst()
                        .map(c -> c.displayName(locale)).orElse(code));
        section.showDecisions(routing.decisions(page.draft().id()));
        if (summaries.mayReadLodged(page.draft().id())) {
            section.lodgedSummaries(summaryId -> lodgedDownload(page.draft().id(), summaryId));
        }
        section.showConsultations(steps, step -> attachmentDownload(page.draft().id(), step.id()));
        if (summaries.available(page.draft().id())) {
            section.showCabinetSummary(summaryDownload(page.draft().id()));
        }
        clearances.clearance(page.draft().id()).ifPresent(section::showClearance);
        var window = review.window(page.draft().id());
        var buttons = new ArrayList<Component>();
        inputLink(section, page.draft()).ifPresent(buttons::add);
        var windowControls = new ArrayList<Component>();
        if (window.deadline() != null || view.status() == DraftStatus.UNDER_REVIEW) {
            if (window.canSet() && view.status() == DraftStatus.UNDER_REVIEW) {
                windowControls.add(changeDeadline(section, page, window));
            }
        }
        for (var action : view.actions()) {
            if (action.effects().contains(pk.gov.mashwara.routing.RoutingRules.Effect.CLOSE_COMMENTS)) {
                // closing the review is the window's last control: shown with the window, with what it does
                windowControls.add(button(section, page, view, action));
                continue;
            }
            buttons.add(button(section, page, view, action));
            if (!action.possibleNow()) {
                var why = new Span(section.getTranslation("routing.blocked",
                        action.blockedBy().stream().map(section::getTranslation).reduce((a, b) -> a + "; " + b)
                                .orElse("")));
                why.setId("action-" + action.name() + "-blocked");
                why.addClassNames("routing-blocked");
                buttons.add(why);
            }
        }
        if (window.deadline() != null || view.status() == DraftStatus.UNDER_REVIEW) {
            section.showWindow(window, clock.instant(), windowControls);
        }
        return new DraftPageContribution(buttons, section);
    }

    /** The secretary moves the deadline while the draft is under review; a bad one is refused on its field. */
    private Button changeDeadline(Component c, DraftPage page, pk.gov.mashwara.review.ReviewWindowInfo window) {
        var button = new Button(c.getTranslation("review.window.change"), new Icon(VaadinIcon.CALENDAR_CLOCK));
        button.setId("window-change");
        button.addClickListener(e -> new pk.gov.mashwara.review.ui.DeadlineDialog(window.deadline(), deadline -> {
            windows.setDeadline(page.draft().id(), deadline);
            Notices.success(c.getTranslation("review.window.saved"));
            page.reload();
        }).open());
        return button;
    }

    private Button button(Component c, DraftPage page, RoutingView view, AvailableAction action) {
        var title = RoutingLabels.action(c, action.name(), action.title());
        var button = new Button(title, new Icon(icon(action)));
        button.setId("action-" + action.name());
        if (isForward(action)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (!action.possibleNow()) {
            button.setEnabled(false);
            button.getElement().setAttribute("aria-describedby", "action-" + action.name() + "-blocked");
            return button;
        }
        button.addClickListener(e -> {
            // an act that cannot be undone says what it does and waits for the user's confirmation
            var consequence = action.confirm() ? RoutingLabels.consequence(c, action, page.draft(),
                    java.time.Year.now(clock.withZone(pk.gov.mashwara.draft.DraftService.OFFICE_ZONE)).getValue())
                    : null;
            if (action.asks().isEmpty() && consequence == null) {
                try {
                    act(page, view, action, new ActionDialog.Input(null, java.util.Map.of()));
                } catch (RuntimeException refused) {
                    Notices.error(refused);
                }
            } else {
                var points = action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.RESPONSE)
                        ? review.allThreads(view.draftId()).stream()
                                .filter(t -> t.resolution() == pk.gov.mashwara.review.Resolution.ACCEPTED && !t.internal())
                                .toList()
                        : java.util.List.<pk.gov.mashwara.review.ThreadView>of();
                var maxAttachment = action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.VIEW)
                        || action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.SUMMARY)
                        ? drafts.uploadLimitBytes() : 0;
                var targets = action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.VIEW)
                        ? routing.viewTargets(view.draftId()) : java.util.List.<RoutingView.ViewTarget>of();
                // the user's own division's view, if it is consulted; else one recorded on a division's behalf
                var own = targets.stream().filter(t -> !t.onBehalf()).toList();
                var recordable = own.isEmpty() ? targets : own;
                var cabinet = recordable.stream().anyMatch(t -> cabinetStep(t.step()));
                var dialog = new ActionDialog(title, action.asks(), points, cabinet, maxAttachment, consequence,
                        input -> act(page, view, action, input));
                var locale = UI.getCurrent() == null ? java.util.Locale.ENGLISH : UI.getCurrent().getLocale();
                if (own.isEmpty() && !targets.isEmpty()) {
                    var names = new java.util.LinkedHashMap<String, String>();
                    targets.forEach(t -> names.put(t.code(), localized(locale, t.name(), t.nameUr())));
                    dialog.recordOnBehalf(names);
                }
                if (action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.DIVISION)) {
                    dialog.offerDivisions(divisions(page.draft(), locale));
                }
                if (action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.REVIEW_DEADLINE)) {
                    // the rule book's period of review, shortened by the draft's priority mark
                    dialog.proposeDeadline(routing.proposedReviewDeadline(view.draftId()));
                }
                if (action.name().startsWith("return")
                        && action.asks().contains(pk.gov.mashwara.routing.RoutingRules.Ask.REASON)) {
                    // a return may cite the accepted suggestions the latest version does not carry
                    var missing = review.suggestionsNotFound(view.draftId());
                    if (!missing.isEmpty()) {
                        var cited = new StringBuilder(c.getTranslation("suggestion.returnReason"));
                        missing.forEach(m -> cited.append("\n• ").append(c.getTranslation(
                                "suggestion.returnReason.item", m.passage(), m.wording())));
                        dialog.reason.setValue(cited.length() > 2000 ? cited.substring(0, 1999) + "…" : cited.toString());
                    }
                }
                dialog.open();
            }
        });
        return button;
    }

    /**
     * The way to the NSMCWG's input, for whoever may see it: the NSMCWG from consolidation on (or once composed),
     * everyone who sees the draft once it is cleared.
     */
    private java.util.Optional<Component> inputLink(Component c, pk.gov.mashwara.draft.DraftDetails draft) {
        pk.gov.mashwara.routing.InputDocument doc;
        try {
            doc = inputs.document(draft.id());
        } catch (pk.gov.mashwara.shared.NotFoundException e) {
            return java.util.Optional.empty();
        }
        if (doc.status() == pk.gov.mashwara.routing.InputDocument.Status.NOT_COMPOSED
                && draft.status() != DraftStatus.CONSOLIDATION) {
            return java.util.Optional.empty();
        }
        var label = c.getTranslation(doc.mayEdit() && !doc.cleared() ? "input.link.edit" : "input.link");
        var button = new Button(label, new Icon(VaadinIcon.FILE_TEXT_O));
        if (doc.mayEdit() && doc.status() == pk.gov.mashwara.routing.InputDocument.Status.NOT_COMPOSED) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        var link = new com.vaadin.flow.component.html.Anchor("drafts/" + draft.id() + "/input", "");
        link.add(button);
        link.setId("input-link");
        return java.util.Optional.of(link);
    }

    /** The step with the consulted committee named in the reader's language (its Urdu name on Urdu pages). */
    private RoutingView.ConsultationStep inLanguage(RoutingView.ConsultationStep step, java.util.Locale locale) {
        if (step.committeeCode() == null) {
            return step;
        }
        var name = directory.committees().stream().filter(c -> c.code().equals(step.committeeCode())).findFirst()
                .map(c -> c.displayName(locale)).orElse(step.committeeName());
        return new RoutingView.ConsultationStep(step.id(), step.stage(), step.step(), step.committeeCode(), name,
                step.committeeNameUr(),
                step.openedAt(), step.dueAt(), step.view(), step.viewText(), step.recordedBy(), step.recordedAt(),
                step.attachment(), step.added(), step.note(), step.resolution());
    }

    /** The file attached to a step's view, read as the signed-in user when the link is followed (and audited). */
    private com.vaadin.flow.server.streams.DownloadHandler attachmentDownload(long draftId, long consultationId) {
        var failed = com.vaadin.flow.component.UI.getCurrent().getTranslation("error.download.file");
        return com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            try {
                var download = routing.attachment(draftId, consultationId);
                return new com.vaadin.flow.server.streams.DownloadResponse(download.open(), download.fileName(),
                        download.mediaType(), download.sizeBytes());
            } catch (java.io.IOException | RuntimeException e) {
                return com.vaadin.flow.server.streams.DownloadResponse.error(404, failed);
            }
        });
    }

    /** The summary as lodged, read as the signed-in user when the link is followed (and audited). */
    private com.vaadin.flow.server.streams.DownloadHandler lodgedDownload(long draftId, long summaryId) {
        var failed = com.vaadin.flow.component.UI.getCurrent().getTranslation("error.download.file");
        return com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            try {
                var download = summaries.lodged(draftId, summaryId);
                return new com.vaadin.flow.server.streams.DownloadResponse(download.open(), download.fileName(),
                        download.mediaType(), download.sizeBytes());
            } catch (java.io.IOException | RuntimeException e) {
                return com.vaadin.flow.server.streams.DownloadResponse.error(404, failed);
            }
        });
    }

    /** The summary for the Cabinet, written as the signed-in user when the link is followed (and audited). */
    private com.vaadin.flow.server.streams.DownloadHandler summaryDownload(long draftId) {
        var failed = com.vaadin.flow.component.UI.getCurrent().getTranslation("error.download.file");
        return com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            try {
                var file = summaries.summary(draftId);
                return new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                        file.content().length);
            } catch (RuntimeException e) {
                return com.vaadin.flow.server.streams.DownloadResponse.error(404, failed);
            }
        });
    }

    /** Whether a consultation step counts clear days before a meeting (the Cabinet's). */
    private boolean cabinetStep(String step) {
        return rules.consultations().values().stream().flatMap(java.util.List::stream)
                .anyMatch(r -> r.step().equals(step) && r.clearDaysBeforeMeeting() != null);
    }

    /** The divisions of the directory the committee may consult besides the rule book's: any but its own. */
    private java.util.Map<String, String> divisions(pk.gov.mashwara.draft.DraftDetails draft, java.util.Locale locale) {
        var names = new java.util.LinkedHashMap<String, String>();
        directory.committees().stream()
                .filter(c -> c.active() && c.id() != draft.committeeId()
                        && !pk.gov.mashwara.directory.CommitteeInfo.NSMCWG_CODE.equals(c.code()))
                .forEach(c -> names.put(c.code(), localized(locale, c.name(), c.nameUr())));
        return names;
    }

    private static String localized(java.util.Locale locale, String name, String nameUr) {
        return "ur".equals(locale.getLanguage()) && nameUr != null && !nameUr.isBlank() ? nameUr : name;
    }

    /**
     * Takes the action on the version shown. Something entered that is wrong or missing (or a refused file) is
     * handed back to the dialog, which shows it where it belongs and stays open; other refusals are shown plainly
     * with the draft as it now stands.
     */
    private boolean act(DraftPage page, RoutingView view, AvailableAction action, ActionDialog.Input input) {
        var ui = UI.getCurrent();
        try {
            var file = input.attachment();
            var moved = routing.act(view.draftId(), action.name(), new ActionRequest(view.draftVersion(),
                    input.reason(), input.details(), file == null ? null : new ActionRequest.Attachment(file.fileName(),
                            () -> java.nio.file.Files.newInputStream(file.file().toPath()))));
            page.reload();
            var now = routing.routing(moved.id());
            Notices.success(ui.getTranslation("routing.done", RoutingLabels.action(ui, action.name(), action.title()),
                    RoutingLabels.state(ui, now.status(), now.stateTitle())));
            return true;
        } catch (pk.gov.mashwara.shared.InvalidInputException | pk.gov.mashwara.shared.RefusedFileException e) {
            // something asked for is missing or wrong, or the file was refused: the dialog stays open to correct it
            throw e;
        } catch (RuntimeException e) {
            // refused (someone acted meanwhile, a guard, no longer allowed): show the draft as it now stands
            Notices.error(e);
            page.reload();
            return true;
        }
    }

    /** Moving the draft on is the main thing to do; sending it back is not. */
    private static boolean isForward(AvailableAction action) {
        return action.to() != DraftStatus.RETURNED_FOR_REVISION && action.to() != DraftStatus.DRAFT;
    }

    private static VaadinIcon icon(AvailableAction action) {
        return isForward(action) ? VaadinIcon.ARROW_FORWARD : VaadinIcon.ARROW_BACKWARD;
    }
}
