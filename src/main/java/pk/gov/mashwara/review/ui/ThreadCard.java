package pk.gov.mashwara.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import pk.gov.mashwara.review.AnchorState;
import pk.gov.mashwara.review.CommentView;
import pk.gov.mashwara.review.ThreadHistoryEntry;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;

/**
 * One thread: where it stands, the passage it is about, its comments nested under the ones they answer, its
 * resolution and its history, with the steps the user may take now. Document and comment text only ever goes
 * into text nodes.
 */
class ThreadCard extends Div {

    static final int QUOTE_CHARS = 280;
    private static final int MAX_INDENT = 4;

    private final ThreadCommands commands;
    private ThreadView thread;

    ThreadCard(ThreadView thread, ThreadCommands commands) {
        this.commands = commands;
        show(thread);
    }

    ThreadView thread() {
        return thread;
    }

    void show(ThreadView shown) {
        thread = shown;
        removeAll();
        getElement().setAttribute("class", "thread-card " + (shown.open() ? "open" : "resolved"));
        setId("thread-" + shown.id());
        getElement().setAttribute("data-thread", Long.toString(shown.id()));
        add(head(), quote());
        if (shown.suggestion() != null) {
            var box = new SuggestionBox(shown.suggestion());
            box.setId("suggestion-" + shown.id());
            add(box);
        }
        shown.comments().forEach(c -> add(comment(c)));
        if (!shown.open()) {
            add(resolution());
        }
        add(actions(), history());
    }

    void highlight(boolean on) {
        getElement().getClassList().set("current", on);
    }

    private Component head() {
        var head = new Div();
        head.addClassNames("thread-head");
        head.add(shown(thread.open() ? new Badge(getTranslation("review.status.OPEN"), Badge.Tone.WARNING)
                : new Badge(getTranslation("resolution." + thread.resolution().name()), Badge.Tone.SUCCESS), "thread-status"));
        switch (thread.placement()) {
            case MOVED -> head.add(hint(new Badge(getTranslation("review.placement.MOVED"), Badge.Tone.INFO),
                    "review.placement.MOVED.hint"));
            case OUTDATED -> head.add(hint(new Badge(getTranslation("review.placement.OUTDATED"), Badge.Tone.ERROR),
                    "review.placement.OUTDATED.hint"));
            case WHOLE_DRAFT -> head.add(new Badge(getTranslation("review.placement.WHOLE_DRAFT"), Badge.Tone.NEUTRAL));
            default -> { }
        }
        var category = commands.categories().stream().filter(c -> c.code().equals(thread.category())).findFirst()
                .map(c -> c.name(getLocale())).orElse(thread.category());
        var filed = new Badge(category + " · " + getTranslation("severity." + thread.severity().name()),
                thread.severity() == pk.gov.mashwara.review.Severity.MUST_CHANGE ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL);
        filed.addClassNames("thread-classification");
        filed.getElement().setAttribute("data-category", thread.category());
        filed.getElement().setAttribute("data-severity", thread.severity().name());
        head.add(filed);
        if (thread.internal()) {
            head.add(hint(new Badge(getTranslation("review.internal"), Badge.Tone.NEUTRAL), "review.internal.hint"));
        }
        if (thread.fromMatrix() != null) {
            // whose comment it is, as the matrix named them, and when the matrix came; the comment's author recorded it
            var day = pk.gov.mashwara.shared.ui.Formats.date(thread.fromMatrix().receivedOn(), getLocale());
            var from = new Badge(thread.fromMatrix().commenter() == null ? getTranslation("review.fromMatrix", day)
                    : getTranslation("review.fromMatrix.by", day, thread.fromMatrix().commenter()), Badge.Tone.INFO);
            from.addClassNames("thread-from-matrix");
            head.add(from);
        }
        if (thread.startedOnVersion() != thread.versionNumber()) {
            head.add(new Badge(getTranslation("review.carried", thread.startedOnVersion(), thread.versionNumber()),
                    Badge.Tone.NEUTRAL));
        }
        return head;
    }

    private Component quote() {
        var box = new Div();
        var passage = thread.passage();
        if (passage == null) {
            return box;
        }
        box.addClassNames("thread-quote");
        var exact = commands.quote(thread);
        box.setText(exact.length() > QUOTE_CHARS ? exact.substring(0, QUOTE_CHARS) + "…" : exact);
        box.getElement().setAttribute("dir", "auto");
        if (passage.page() != null) {
            var page = new com.vaadin.flow.component.html.Span(getTranslation("review.quote.page", passage.page()));
            page.addClassNames("thread-page");
            page.getElement().setAttribute("dir", "ltr");
            box.add(page);
        }
        if (thread.placement().onText()) {
            box.getElement().setAttribute("title", getTranslation("review.quote.show"));
            box.addClickListener(e -> commands.focus(thread));
            box.addClassNames("clickable");
        }
        return box;
    }

    private Component comment(CommentView c) {
        var box = new Div();
        box.addClassNames("thread-comment");
        box.getElement().setAttribute("data-comment", Long.toString(c.id()));
        box.getElement().setAttribute("data-depth", Integer.toString(c.depth()));
        box.getStyle().set("margin-inline-start", Math.min(c.depth(), MAX_INDENT) * 1.1 + "rem");
        var meta = new Div();
        meta.addClassNames("comment-meta");
        // a member of the NSMCWG with where he comes from: "Farah Naz, NSMCWG · Ministry of Foreign Affairs"
        var who = new Span(c.authorHome() == null ? c.authorName()
                : getTranslation("person.nsmcwgHome", c.authorName(), c.authorHome().name(getLocale())));
        who.addClassNames("comment-author");
        meta.add(who);
        meta.getElement().appendChild(com.vaadin.flow.dom.Element.createText(" · " + Formats.dateTime(c.createdAt(), getLocale())));
        if (c.editedAt() != null) {
            var edited = new Span(" · " + getTranslation("review.comment.edited"));
            edited.getElement().setAttribute("title", getTranslation("review.comment.edited.hint",
                    Formats.dateTime(c.editedAt(), getLocale()), c.earlierVersions()));
            meta.add(edited);
        }
        box.add(meta);
        if (c.retracted()) {
            var retracted = new Paragraph(getTranslation("review.comment.retracted",
                    Formats.dateTime(c.retractedAt(), getLocale())));
            retracted.addClassNames("comment-retracted");
            box.add(retracted);
            return box;
        }
        var body = new Paragraph(c.body());
        body.addClassNames("comment-body");
        body.getElement().setAttribute("dir", "auto");
        box.add(body);
        var row = new Div();
        row.addClassNames("comment-actions");
        if (thread.can().reply()) {
            row.add(small("review.reply", "reply-" + c.id(), () -> openEditor(slot(box), c, false)));
        }
        if (c.editable()) {
            row.add(small("review.edit", "edit-" + c.id(), () -> openEditor(slot(box), c, true)));
        }
        if (c.retractable()) {
            row.add(small("review.retract", "retract-" + c.id(), () -> run(() -> commands.retract(thread, c.id()))));
        }
        if (row.getComponentCount() > 0) {
            box.add(row);
        }
        return box;
    }

    /** Where a comment's reply or edit is written: made when first wanted, below the comment. */
    private static Div slot(Div comment) {
        return comment.getChildren().filter(child -> child.hasClassName("comment-editor")).map(Div.class::cast)
                .findFirst().orElseGet(() -> {
                    var slot = new Div();
                    slot.addClassNames("comment-editor");
                    comment.add(slot);
                    return slot;
                });
    }

    private void openEditor(Div slot, CommentView c, boolean editing) {
        slot.removeAll();
        var editor = new CommentEditor(getTranslation(editing ? "review.edit.label" : "review.reply.label"),
                commands::mentionCandidates);
        if (editing) {
            editor.text.setValue(c.body());
        }
        var send = new Button(getTranslation(editing ? "action.save" : "review.reply.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        send.setId((editing ? "save-edit-" : "send-reply-") + c.id());
        send.addClickListener(e -> {
            editor.text.setInvalid(false);
            try {
                show(editing ? commands.edit(thread, c.id(), editor.value()) : commands.reply(thread, c.id(), editor.value()));
            } catch (RuntimeException ex) {
                // empty, too long, the window closed meanwhile: said under the text, which stays as typed
                editor.text.setErrorMessage(Notices.messageFor(ex));
                editor.text.setInvalid(true);
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> slot.removeAll());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var buttons = new Div(send, cancel);
        buttons.addClassNames("editor-buttons");
        slot.add(editor, buttons);
        editor.text.focus();
    }

    private Component resolution() {
        var text = new Paragraph(getTranslation("review.resolved.by", getTranslation("resolution." + thread.resolution().name()),
                person(thread.resolver()), Formats.dateTime(thread.resolvedAt(), getLocale()))
                + (thread.resolutionReason() == null ? "" : " — " + thread.resolutionReason()));
        text.addClassNames("thread-resolution");
        text.getElement().setAttribute("dir", "auto");
        return text;
    }

    private Component actions() {
        var row = new Div();
        row.addClassNames("thread-actions");
        if (thread.can().resolve()) {
            var proposed = thread.suggestion() != null && thread.suggestion().kind().hasText()
                    ? thread.suggestion().proposed() : null;
            var resolve = small("review.resolve", "resolve-" + thread.id(), () -> new ResolveDialog(false, null, proposed,
                    commands.templates(), t -> commands.fill(t, thread),
                    (how, reason, wording) -> show(commands.resolve(thread, how, reason, wording))).open());
            resolve.setIcon(VaadinIcon.CHECK.create());
            row.add(resolve);
        }
        if (thread.can().reopen()) {
            row.add(small("review.reopen", "reopen-" + thread.id(), () -> new ResolveDialog(true,
                    (how, reason) -> show(commands.reopen(thread, reason))).open()));
        }
        if (thread.can().classify()) {
            row.add(small("suggestion.classify", "classify-" + thread.id(), this::classifyDialog));
        }
        if (thread.can().share()) {
            row.add(small("review.share", "share-" + thread.id(), () -> run(() -> commands.share(thread))));
        }
        return row;
    }

    /** Asks for another category and severity; a refusal is said in the dialog, which stays open. */
    private void classifyDialog() {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("suggestion.classify"));
        var category = new com.vaadin.flow.component.select.Select<pk.gov.mashwara.review.Category>();
        category.setLabel(getTranslation("suggestion.category"));
        var all = commands.categories().stream().filter(c -> c.active() || c.code().equals(thread.category())).toList();
        category.setItems(all);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        all.stream().filter(c -> c.code().equals(thread.category())).findFirst().ifPresent(category::setValue);
        category.setId("classify-category");
        var severity = new com.vaadin.flow.component.select.Select<pk.gov.mashwara.review.Severity>();
        severity.setLabel(getTranslation("suggestion.severity"));
        severity.setItems(pk.gov.mashwara.review.Severity.values());
        severity.setItemLabelGenerator(v -> getTranslation("severity." + v.name()));
        severity.setValue(thread.severity());
        severity.setId("classify-severity");
        dialog.add(new Div(category, severity));
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                show(commands.classify(thread, category.getValue() == null ? null : category.getValue().code(),
                        severity.getValue()));
                dialog.close();
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
        });
        save.setId("classify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * The thread's history behind a button: its entries are written only when it is opened (most never are, and an
     * open page keeps what it shows).
     */
    private Component history() {
        var box = new Div();
        box.addClassNames("thread-history");
        var toggle = new Button(getTranslation("review.history", thread.history().size()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId("history-" + thread.id());
        toggle.getElement().setAttribute("aria-expanded", "false");
        var entries = thread.history();
        toggle.addClickListener(e -> {
            var open = box.getComponentCount() > 1;
            if (open) {
                box.getChildren().skip(1).toList().forEach(box::remove);
            } else {
                var list = new Div();
                list.addClassNames("thread-history-entries");
                entries.forEach(entry -> list.add(new Paragraph(describe(entry))));
                box.add(list);
            }
            toggle.getElement().setAttribute("aria-expanded", Boolean.toString(!open));
        });
        box.add(toggle);
        return box;
    }

    private String describe(ThreadHistoryEntry e) {
        var when = Formats.dateTime(e.at(), getLocale());
        var what = getTranslation("threadEventKind." + e.kind().name(), e.fromVersion() == null ? "" : e.fromVersion(),
                e.toVersion() == null ? "" : e.toVersion(),
                e.resolution() == null ? "" : getTranslation("resolution." + e.resolution().name()));
        return when + " · " + person(e.actorPerson()) + " · " + what + (e.detail() == null || "no-text".equals(e.detail()) ? ""
                : " — " + e.detail());
    }

    /** "Kamran Akhtar, NSMCWG secretary" or "Ali Raza, Officer (PTA)": a person by name and office, never by user id. */
    private String person(pk.gov.mashwara.review.Person person) {
        if (person == null) {
            return "";
        }
        if (person.role() == null) {
            return person.name();
        }
        var office = getTranslation("role." + person.role().name());
        return person.committeeCode() != null && person.role().isCommitteeRole()
                ? getTranslation("person.office.committee", person.name(), office, person.committeeCode())
                : getTranslation("person.office", person.name(), office);
    }

    /** A step of the thread's own (retract, share); a refusal is said in the card, above its actions. */
    private void run(java.util.function.Supplier<ThreadView> step) {
        try {
            show(step.get());
        } catch (RuntimeException ex) {
            var problem = new Paragraph(Notices.messageFor(ex));
            problem.addClassNames("form-problem");
            problem.getElement().setAttribute("role", "alert");
            problem.setId("thread-problem-" + thread.id());
            getChildren().filter(child -> child.getId().filter(problem.getId().get()::equals).isPresent()).toList()
                    .forEach(this::remove);
            addComponentAtIndex(getComponentCount() - 2, problem);
        }
    }

    private Button small(String key, String id, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private Component hint(Badge badge, String key) {
        badge.getElement().setAttribute("title", getTranslation(key));
        return badge;
    }

    private static Component shown(Badge badge, String className) {
        badge.addClassNames(className);
        return badge;
    }

    boolean isAbout(AnchorState state) {
        return thread.placement() == state;
    }
}
