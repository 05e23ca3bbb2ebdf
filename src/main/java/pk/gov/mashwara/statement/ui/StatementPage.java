package pk.gov.mashwara.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.UserFacingException;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Views;
import pk.gov.mashwara.statement.StatementDetails;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.StatementStatus;

/**
 * One statement for those who may see the proposal: its text in English and Urdu, the views asked and given, its
 * revisions, and its issue or decline. The spokesperson and MoIT's officer find the buttons to edit, ask views,
 * issue and decline; nobody else is offered them (and the service refuses them anyway).
 */
@Route("statements/:statementId([0-9]{1,18})")
@PermitAll
public class StatementPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button edit = new Button();
    final Button askViews = new Button();
    final Button issue = new Button();
    final Button decline = new Button();
    final Div body = new Div();
    private final StatementService statements;
    private final DirectoryService directory;
    StatementDetails shown;

    public StatementPage(StatementService statements, DirectoryService directory) {
        this.statements = statements;
        this.directory = directory;
        Views.frame(this);
        setId("statement-page");
        edit.setText(getTranslation("statement.edit"));
        edit.setId("edit-statement");
        edit.addClickListener(e -> new StatementDialog(statements, shown, id -> load(id)).open());
        askViews.setText(getTranslation("statement.askViews"));
        askViews.setId("ask-views");
        askViews.addClickListener(e -> new AskViewsDialog(statements, directory, shown.id(), this::reload).open());
        issue.setText(getTranslation("statement.issue"));
        issue.setId("issue-statement");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> new IssueDialog(statements, shown, this::reload).open());
        decline.setText(getTranslation("statement.decline"));
        decline.setId("decline-statement");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(e -> new NoteDialog(getTranslation("statement.decline"),
                getTranslation("statement.declineReason"), "reason", getTranslation("statement.declined"),
                reason -> statements.decline(shown.id(), reason, shown.version()), this::reload).open());
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().getLong("statementId").orElse(0L));
    }

    void load(long id) {
        body.removeAll();
        try {
            shown = statements.get(id);
        } catch (UserFacingException e) {
            shown = null;
            // nothing to act on: no button is offered
            for (var button : new Button[] { edit, askViews, issue, decline }) {
                button.setVisible(false);
            }
            body.add(Views.header(getTranslation("statement.title")), new Paragraph(e.localizedMessage(getLocale())));
            return;
        }
        render();
    }

    private void reload() {
        load(shown.id());
    }

    private void render() {
        var s = shown;
        var allowed = s.allowed();
        edit.setVisible(allowed.edit());
        askViews.setVisible(allowed.askViews());
        issue.setVisible(allowed.issue());
        decline.setVisible(allowed.decline());
        body.add(Views.header(getTranslation("statement.heading", Bidi.ltr("#" + s.id()), s.company()), actions()));
        var status = new Badge(getTranslation("statement.status." + s.status().name()),
                s.status() == StatementStatus.ISSUED ? Badge.Tone.SUCCESS
                        : s.status() == StatementStatus.DECLINED ? Badge.Tone.ERROR : Badge.Tone.INFO);
        var facts = new Div(status, fact("statement.occasion", s.occasion()),
                fact("statement.urgency", getTranslation("statement.urgency." + s.urgency().name())),
                fact("statement.proposer", s.proposerName() + " · " + Bidi.ltr(Formats.dateTime(s.proposedAt(), getLocale()))),
                fact("statement.directionShort", Bidi.ltr(s.directionLetter()) + " · " + s.directionNumber()),
                fact("statement.revision", Bidi.ltr(Integer.toString(s.revision()))));
        facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER);
        body.add(facts);
        if (s.issue() != null) {
            var i = s.issue();
            body.add(new H3(getTranslation("statement.issued.one")));
            body.add(new Paragraph(getTranslation("statement.issuedLine",
                    Bidi.ltr(Formats.dateTime(i.issuedAt(), getLocale())),
                    getTranslation("statement.channel." + i.channel().name()), i.issuerName())));
            body.add(text(i.finalText(), null));
            var stamp = new Span(Bidi.ltr("SHA-256 " + i.hash()) + " · "
                    + getTranslation(i.intact() ? "statement.intact" : "statement.broken"));
            stamp.setId("issue-hash");
            stamp.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            body.add(stamp);
        }
        if (s.status() == StatementStatus.DECLINED) {
            body.add(new H3(getTranslation("statement.status.DECLINED")));
            body.add(new Paragraph(getTranslation("statement.declinedLine", s.decidedByName(),
                    Bidi.ltr(Formats.dateTime(s.decidedAt(), getLocale())), s.declineReason())));
        }
        body.add(new H3(getTranslation("statement.text")));
        if (s.textEn() != null) {
            body.add(text(s.textEn(), "en"));
        }
        if (s.textUr() != null) {
            body.add(text(s.textUr(), "ur"));
        }
        body.add(new H3(getTranslation("statement.views")));
        if (s.views().isEmpty()) {
            body.add(new Paragraph(getTranslation("statement.views.none")));
        }
        for (var v : s.views()) {
            body.add(view(v));
        }
        var revisions = new Div();
        for (var r : s.revisions().reversed()) {
            var line = new Div(new Span(getTranslation("statement.revisionLine", Bidi.ltr(Integer.toString(r.number())),
                    r.authorName(), Bidi.ltr(Formats.dateTime(r.savedAt(), getLocale())))));
            if (r.textEn() != null) {
                line.add(text(r.textEn(), "en"));
            }
            if (r.textUr() != null) {
                line.add(text(r.textUr(), "ur"));
            }
            revisions.add(line);
        }
        var history = new Details(getTranslation("statement.revisions", s.revisions().size()), revisions);
        history.setId("statement-revisions");
        body.add(history);
    }

    private Component actions() {
        var row = new Div(edit, askViews, decline, issue);
        row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        return row;
    }

    private Component view(StatementDetails.View v) {
        var box = new Div();
        box.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL);
        box.add(new Paragraph(getTranslation("statement.viewAsked", v.askedOf(),
                Bidi.ltr(Formats.dateTime(v.askedAt(), getLocale())), v.question())));
        if (v.reply() != null) {
            box.add(new Paragraph(getTranslation("statement.viewReply", v.repliedByName(),
                    Bidi.ltr(Formats.dateTime(v.repliedAt(), getLocale())), v.reply())));
        } else if (shown.allowed().reply().contains(v.id())) {
            var reply = new Button(getTranslation("statement.reply"), e -> new NoteDialog(getTranslation("statement.reply"),
                    getTranslation("statement.yourView"), "reply", getTranslation("statement.replied"),
                    text -> statements.reply(shown.id(), v.id(), text), this::reload).open());
            reply.setId("reply-" + v.id());
            box.add(reply);
        } else {
            box.add(new Paragraph(getTranslation("statement.viewAwaited")));
        }
        return box;
    }

    private Component fact(String key, String value) {
        var span = new Span(getTranslation(key) + ": " + value);
        span.addClassNames(LumoUtility.FontSize.SMALL);
        return span;
    }

    private static Component text(String value, String lang) {
        var p = new Div();
        p.setText(value);
        p.getStyle().set("white-space", "pre-wrap");
        p.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.SMALL);
        if ("ur".equals(lang)) {
            p.getElement().setAttribute("dir", "rtl");
            p.getElement().setAttribute("lang", "ur");
        } else if ("en".equals(lang)) {
            p.getElement().setAttribute("dir", "ltr");
            p.getElement().setAttribute("lang", "en");
        } else {
            p.getElement().setAttribute("dir", "auto");
        }
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title") + " · " + getTranslation("app.name");
    }
}
