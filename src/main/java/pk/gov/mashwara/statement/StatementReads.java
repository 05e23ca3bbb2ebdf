package pk.gov.mashwara.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.statement.domain.Statement;
import pk.gov.mashwara.statement.domain.StatementIssue;
import pk.gov.mashwara.statement.domain.StatementIssueRepository;
import pk.gov.mashwara.statement.domain.StatementRepository;
import pk.gov.mashwara.statement.domain.StatementRevisionRepository;
import pk.gov.mashwara.statement.domain.ViewRequest;
import pk.gov.mashwara.statement.domain.ViewRequestRepository;

/** Reads statements as the user may see them. Callers run it in a read-only transaction. */
@Component
class StatementReads {

    private final StatementRepository statements;
    private final StatementRevisionRepository revisions;
    private final ViewRequestRepository views;
    private final StatementIssueRepository issues;
    private final StatementRules rules;
    private final People people;

    StatementReads(StatementRepository statements, StatementRevisionRepository revisions, ViewRequestRepository views,
            StatementIssueRepository issues, StatementRules rules, People people) {
        this.statements = statements;
        this.revisions = revisions;
        this.views = views;
        this.issues = issues;
        this.rules = rules;
        this.people = people;
    }

    StatementDetails details(MashwaraUser user, long id) {
        var s = statements.findById(id).orElseThrow(() -> StatementRules.notFound(id));
        var asked = views.findByStatementIdOrderByIdAsc(id);
        rules.requireVisible(user, s, asked);
        var proposed = s.getStatus() == StatementStatus.PROPOSED;
        var speaks = rules.maySpeak(user) && proposed;
        var mayReply = proposed ? asked.stream().filter(v -> v.getReply() == null && rules.asked(user, v))
                .map(ViewRequest::getId).toList() : List.<Long>of();
        var codes = people.committees().stream().collect(Collectors.toMap(c -> c.id(), c -> c.code(), (a, b) -> a));
        return new StatementDetails(s.getId(), s.getStatus(), s.getProposer(), s.getProposerName(), s.getTextEn(),
                s.getTextUr(), s.getOccasion(), s.getCompany(), s.getUrgency(), s.getRevision(), s.getVersion(),
                s.getDirectionLetter(), s.getDirectionNumber(), s.getProposedAt(), s.getUpdatedAt(),
                s.getDeclineReason(), s.getDecidedBy(), s.getDecidedByName(), s.getDecidedAt(),
                revisions.findByStatementIdOrderByNumberAsc(id).stream()
                        .map(r -> new StatementDetails.Revision(r.getNumber(), r.getTextEn(), r.getTextUr(),
                                r.getOccasion(), r.getCompany(), r.getAuthor(), r.getAuthorName(), r.getSavedAt()))
                        .toList(),
                asked.stream().map(v -> view(v, codes)).toList(),
                issues.findByStatementId(id).map(i -> issued(i, s)).orElse(null),
                new StatementDetails.Allowed(speaks, speaks, speaks, speaks, mayReply));
    }

    private StatementDetails.View view(ViewRequest v, Map<Long, String> codes) {
        var code = v.getCommitteeId() == null ? null : codes.get(v.getCommitteeId());
        var askedOf = code != null ? code : people.byUsername(v.getUsername()).map(u -> u.displayName())
                .orElse(v.getUsername());
        return new StatementDetails.View(v.getId(), code, v.getUsername(), askedOf, v.getQuestion(), v.getAskedBy(),
                v.getAskedAt(), v.getReply(), v.getRepliedBy(), v.getRepliedByName(), v.getRepliedAt());
    }

    /** The proposals (and declined ones) the user may see, the latest first. */
    List<StatementSummary> proposals(MashwaraUser user) {
        var found = rules.seesAll(user) ? statements.findUnissued()
                : statements.findUnissuedFor(user.getUsername(), user.hasAny(pk.gov.mashwara.security.Role.COMMITTEE_DRAFTER,
                        pk.gov.mashwara.security.Role.COMMITTEE_OFFICER) ? user.committeeId() : null);
        return found.stream().map(StatementReads::summary).toList();
    }

    /** Every issued statement, the latest issue first. */
    List<IssuedStatement> issued() {
        var byId = statements.findByStatusOrderByIdDesc(StatementStatus.ISSUED).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
        var out = new ArrayList<IssuedStatement>();
        for (var issue : issues.findAllByOrderByIssuedAtDescIdDesc()) {
            var s = byId.get(issue.getStatementId());
            if (s != null) {
                out.add(issued(issue, s));
            }
        }
        out.sort(Comparator.comparing(IssuedStatement::issuedAt).reversed());
        return out;
    }

    /** What waits for the user: proposals to decide (those who speak), views asked of them or their body. */
    List<StatementWork> work(MashwaraUser user) {
        var out = new ArrayList<StatementWork>();
        if (rules.maySpeak(user)) {
            statements.findByStatusOrderByIdDesc(StatementStatus.PROPOSED).forEach(s -> out.add(new StatementWork(
                    s.getId(), StatementWork.Kind.DECIDE, s.getOccasion(), s.getCompany(), s.getUrgency(),
                    s.getProposedAt())));
        }
        var committee = user.hasAny(pk.gov.mashwara.security.Role.COMMITTEE_DRAFTER,
                pk.gov.mashwara.security.Role.COMMITTEE_OFFICER) ? user.committeeId() : null;
        for (var v : views.findOpenFor(user.getUsername(), committee)) {
            statements.findById(v.getStatementId()).filter(s -> s.getStatus() == StatementStatus.PROPOSED)
                    .ifPresent(s -> out.add(new StatementWork(s.getId(), StatementWork.Kind.REPLY, s.getOccasion(),
                            s.getCompany(), s.getUrgency(), v.getAskedAt())));
        }
        return out;
    }

    IssuedStatement issuedOf(long id) {
        var s = statements.findById(id).filter(x -> x.getStatus() == StatementStatus.ISSUED)
                .orElseThrow(() -> StatementRules.notFound(id));
        return issues.findByStatementId(id).map(i -> issued(i, s)).orElseThrow(() -> StatementRules.notFound(id));
    }

    static IssuedStatement issued(StatementIssue i, Statement s) {
        var intact = IssueHash.of(i.getStatementId(), i.getIssuedAt(), i.getChannel(), i.getFinalText(), i.getIssuer(),
                i.getIssuerName(), i.getRecordedAt()).equals(i.getHash());
        return new IssuedStatement(s.getId(), i.getIssuedAt(), i.getChannel(), i.getFinalText(), s.getCompany(),
                s.getOccasion(), i.getIssuer(), i.getIssuerName(), i.getRecordedAt(), i.getHash(), intact,
                s.getDirectionLetter(), s.getDirectionNumber());
    }

    private static StatementSummary summary(Statement s) {
        return new StatementSummary(s.getId(), s.getStatus(), s.getOccasion(), s.getCompany(), s.getUrgency(),
                s.getProposer(), s.getProposerName(), s.getProposedAt(), s.getRevision());
    }
}
