package pk.gov.mashwara.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import pk.gov.mashwara.search.IndexedRecord;
import pk.gov.mashwara.search.RecordIndexing;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordRef;
import pk.gov.mashwara.search.RecordSource;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.statement.domain.StatementIssueRepository;
import pk.gov.mashwara.statement.domain.StatementRepository;
import pk.gov.mashwara.statement.domain.ViewRequestRepository;

/**
 * Statements as the search indexes them, one at a time, and who may read each: an issued statement is in the register
 * every signed-in user reads (and only its issued text, occasion and company are indexed, never the proposal's
 * drafts); a proposal or a declined statement only for those {@link StatementRules} lets see it.
 */
@Component
class StatementRecords implements RecordSource {

    private static final java.time.ZoneId PKT = java.time.ZoneId.of("Asia/Karachi");

    private final StatementRepository statements;
    private final StatementIssueRepository issues;
    private final ViewRequestRepository views;
    private final StatementRules rules;

    StatementRecords(StatementRepository statements, StatementIssueRepository issues, ViewRequestRepository views,
            StatementRules rules) {
        this.statements = statements;
        this.issues = issues;
        this.views = views;
        this.rules = rules;
    }

    @Override
    public RecordKind groupKind() {
        return RecordKind.STATEMENT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndexedRecord> records(long statementId) {
        var found = statements.findById(statementId);
        if (found.isEmpty()) {
            return List.of();
        }
        var s = found.get();
        var title = s.getOccasion() + " — " + s.getCompany();
        if (s.getStatus() == StatementStatus.ISSUED) {
            var issue = issues.findByStatementId(statementId);
            var text = issue.map(i -> i.getFinalText()).orElse("");
            var day = issue.map(i -> LocalDate.ofInstant(i.getIssuedAt(), PKT)).orElse(null);
            return List.of(new IndexedRecord(RecordKind.STATEMENT, statementId, statementId, title,
                    IndexedRecord.text(s.getOccasion(), s.getCompany(), text), List.of(), s.getStatus().name(), "statements", day));
        }
        return List.of(new IndexedRecord(RecordKind.STATEMENT, statementId, statementId, title,
                IndexedRecord.text(s.getOccasion(), s.getCompany(), s.getTextEn(), s.getTextUr(), s.getDeclineReason()), List.of(),
                s.getStatus().name(), "statements/" + statementId, LocalDate.ofInstant(s.getProposedAt(), PKT)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> groups() {
        return statements.findAll().stream().map(s -> s.getId()).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return statements.count();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<RecordRef> readable(MashwaraUser user, Collection<RecordRef> records) {
        var out = new HashSet<RecordRef>();
        for (var ref : records) {
            if (ref.kind() != RecordKind.STATEMENT) {
                continue;
            }
            statements.findById(ref.id()).filter(s -> s.getStatus() == StatementStatus.ISSUED
                    || rules.maySee(user, s, views.findByStatementIdOrderByIdAsc(s.getId())))
                    .ifPresent(s -> out.add(ref));
        }
        return out;
    }

    /** Tells the search which statement changed, after the change commits. */
    @Component
    static class Updates {

        private final RecordIndexing indexing;

        Updates(RecordIndexing indexing) {
            this.indexing = indexing;
        }

        @Async(pk.gov.mashwara.search.IndexWriters.EXECUTOR)
        @TransactionalEventListener
        void on(StatementActionTaken event) {
            indexing.reindex(RecordKind.STATEMENT, event.statementId());
        }
    }
}
