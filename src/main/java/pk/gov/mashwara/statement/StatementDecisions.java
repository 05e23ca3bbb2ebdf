package pk.gov.mashwara.statement;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.statement.domain.Statement;
import pk.gov.mashwara.statement.domain.StatementIssue;
import pk.gov.mashwara.statement.domain.StatementIssueRepository;
import pk.gov.mashwara.statement.domain.StatementRepository;
import pk.gov.mashwara.statement.domain.StatementRevision;
import pk.gov.mashwara.statement.domain.StatementRevisionRepository;
import pk.gov.mashwara.statement.domain.ViewRequest;
import pk.gov.mashwara.statement.domain.ViewRequestRepository;

/**
 * The changes to statements, each in its own transaction and each published for the audit log. Callers pass the
 * signed-in user; the rules are checked here.
 */
@Component
class StatementDecisions {

    static final java.time.ZoneId PKT = java.time.ZoneId.of("Asia/Karachi");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm 'PKT'");
    static final int MAX_NOTE = 4_000;

    private final StatementRepository statements;
    private final StatementRevisionRepository revisions;
    private final ViewRequestRepository views;
    private final StatementIssueRepository issues;
    private final StatementRules rules;
    private final People people;
    private final ApplicationEventPublisher events;
    private final StatementNotices notices;
    private final Clock clock;

    StatementDecisions(StatementRepository statements, StatementRevisionRepository revisions, ViewRequestRepository views,
            StatementIssueRepository issues, StatementRules rules, People people, ApplicationEventPublisher events,
            StatementNotices notices, Clock clock) {
        this.statements = statements;
        this.revisions = revisions;
        this.views = views;
        this.issues = issues;
        this.rules = rules;
        this.people = people;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    long propose(MashwaraUser user, StatementForm supplied) {
        rules.requireMayPropose(user);
        var form = rules.form(supplied);
        var now = now();
        var s = statements.saveAndFlush(new Statement(user.getUsername(), name(user), form.textEn(), form.textUr(),
                form.occasion(), form.company(), form.urgency(), now));
        revisions.save(new StatementRevision(s, user.getUsername(), name(user)));
        publish(s, "propose", user, "proposed (" + form.urgency() + ") on “" + form.occasion() + "”, company "
                + form.company());
        notices.proposed(s, user);
        return s.getId();
    }

    @Transactional
    void edit(MashwaraUser user, long id, StatementForm supplied, long expectedVersion) {
        var s = load(id);
        rules.requireMaySpeak(user, s, views.findByStatementIdOrderByIdAsc(id), "edit");
        var form = rules.form(supplied);
        requireVersion(s, expectedVersion);
        s.edit(form.textEn(), form.textUr(), form.occasion(), form.company(), form.urgency(), now());
        statements.saveAndFlush(s);
        revisions.save(new StatementRevision(s, user.getUsername(), name(user)));
        publish(s, "edit", user, "revision " + s.getRevision());
    }

    @Transactional
    long askViews(MashwaraUser user, long id, Long committeeId, String username, String question) {
        var s = load(id);
        rules.requireMaySpeak(user, s, views.findByStatementIdOrderByIdAsc(id), "ask views");
        var q = StatementRules.required(question, "question", MAX_NOTE);
        if ((committeeId == null) == (username == null || username.isBlank())) {
            throw InvalidInputException.onField("committeeId", "error.statement.viewTarget");
        }
        String target;
        String whom = null;
        if (committeeId != null) {
            var committee = people.committeeById(committeeId).filter(c -> c.active())
                    .orElseThrow(() -> InvalidInputException.onField("committeeId", "error.statement.unknownBody", committeeId));
            target = "body " + committee.code();
        } else {
            var person = people.byUsername(username.strip().toLowerCase(java.util.Locale.ROOT)).filter(u -> u.enabled())
                    .orElseThrow(() -> InvalidInputException.onField("username", "error.statement.unknownPerson", username));
            whom = person.username();
            target = "person " + whom;
        }
        s.touched(now());
        statements.saveAndFlush(s);
        var asked = views.save(new ViewRequest(id, committeeId, whom, q, user.getUsername(), now()));
        publish(s, "ask-views", user, "view " + asked.getId() + " asked of " + target);
        notices.viewAsked(s, asked, user);
        return asked.getId();
    }

    @Transactional
    void reply(MashwaraUser user, long id, long viewId, String text) {
        var s = load(id);
        var all = views.findByStatementIdOrderByIdAsc(id);
        rules.requireVisible(user, s, all);
        var view = all.stream().filter(v -> v.getId() == viewId).findFirst()
                .orElseThrow(() -> new pk.gov.mashwara.shared.NotFoundException("error.statement.viewNotFound", viewId));
        if (!rules.asked(user, view)) {
            throw new pk.gov.mashwara.shared.ForbiddenException("error.statement.notAskedOfYou");
        }
        var reply = StatementRules.required(text, "reply", MAX_NOTE);
        view.reply(reply, user.getUsername(), name(user), now());
        publish(s, "view", user, "view " + viewId + " given");
        notices.viewGiven(s, view, user);
    }

    @Transactional
    IssuedStatement issue(MashwaraUser user, long id, IssueForm form) {
        var s = load(id);
        rules.requireMaySpeak(user, s, views.findByStatementIdOrderByIdAsc(id), "issue");
        if (form == null || form.date() == null || form.time() == null) {
            throw InvalidInputException.onField("date", "error.statement.issueWhen");
        }
        if (form.channel() == null) {
            throw InvalidInputException.onField("channel", "error.statement.required", "channel");
        }
        var finalText = StatementRules.required(form.finalText(), "finalText", Statement.MAX_TEXT);
        var now = now();
        var issuedAt = ZonedDateTime.of(form.date(), form.time(), PKT).toInstant().truncatedTo(ChronoUnit.MICROS);
        if (issuedAt.isAfter(now.plusSeconds(60))) {
            throw InvalidInputException.onField("date", "error.statement.issueInFuture");
        }
        if (s.getStatus() != StatementStatus.PROPOSED) {
            throw decidedMeanwhile(s);
        }
        requireVersion(s, form.expectedVersion());
        s.issued(user.getUsername(), name(user), now);
        // the statement's row first: of two issues at once, the second fails here on its version
        statements.saveAndFlush(s);
        var hash = IssueHash.of(id, issuedAt, form.channel(), finalText, user.getUsername(), name(user), now);
        var issue = issues.saveAndFlush(new StatementIssue(id, issuedAt, form.channel(), finalText, user.getUsername(),
                name(user), now, hash));
        publish(s, "issue", user, "issued " + form.channel() + " at " + shown(issuedAt) + ", " + finalText.length()
                + " characters, hash " + hash);
        notices.decided(s, user, StatementStatus.ISSUED);
        return StatementReads.issued(issue, s);
    }

    @Transactional
    void decline(MashwaraUser user, long id, String reason, long expectedVersion) {
        var s = load(id);
        rules.requireMaySpeak(user, s, views.findByStatementIdOrderByIdAsc(id), "decline");
        var why = StatementRules.required(reason, "reason", Statement.MAX_REASON);
        if (s.getStatus() != StatementStatus.PROPOSED) {
            throw decidedMeanwhile(s);
        }
        requireVersion(s, expectedVersion);
        s.decline(why, user.getUsername(), name(user), now());
        statements.saveAndFlush(s);
        publish(s, "decline", user, "declined: " + why);
        notices.decided(s, user, StatementStatus.DECLINED);
    }

    /** Read after a decision lost to another at the same moment: who decided, when and what. */
    @Transactional(readOnly = true)
    ConflictException decidedMeanwhile(long id) {
        return decidedMeanwhile(load(id));
    }

    private ConflictException decidedMeanwhile(Statement s) {
        if (s.getStatus() == StatementStatus.PROPOSED) {
            return new ConflictException("error.statement.changedMeanwhile", shown(s.getUpdatedAt()));
        }
        return new ConflictException("error.statement.decidedMeanwhile." + s.getStatus().name(), s.getDecidedByName(),
                shown(s.getDecidedAt()));
    }

    private void requireVersion(Statement s, long expected) {
        if (s.getVersion() != expected) {
            throw new ConflictException("error.statement.changedMeanwhile", shown(s.getUpdatedAt()));
        }
    }

    private Statement load(long id) {
        return statements.findById(id).orElseThrow(() -> StatementRules.notFound(id));
    }

    private void publish(Statement s, String action, MashwaraUser user, String detail) {
        events.publishEvent(new StatementActionTaken(s.getId(), action, user.getUsername(), now(), detail));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String shown(java.time.Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(PKT));
    }

    private static String name(MashwaraUser user) {
        var name = user.displayName() == null || user.displayName().isBlank() ? user.getUsername() : user.displayName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
