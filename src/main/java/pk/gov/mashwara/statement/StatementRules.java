package pk.gov.mashwara.statement;

import java.util.List;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.statement.domain.Statement;
import pk.gov.mashwara.statement.domain.ViewRequest;

/**
 * Who may see and do what with a statement (direction 5). A proposal is seen by its proposer, the spokesperson,
 * MoIT's people, the NSMCWG secretary, those asked for a view and the auditor; to anyone else it does not exist.
 * Only the spokesperson and MoIT's officer edit, ask views, issue and decline.
 */
@Component
class StatementRules {

    static final String MOIT = "MOIT";

    /** Whether the user speaks for the government on these matters: the spokesperson or MoIT's officer. */
    boolean maySpeak(MashwaraUser user) {
        return user.has(Role.SPOKESPERSON) || isMoit(user) && user.has(Role.COMMITTEE_OFFICER);
    }

    /** Whether the user sees every proposal: those who speak, MoIT's drafters, the NSMCWG secretary, the auditor. */
    boolean seesAll(MashwaraUser user) {
        return maySpeak(user) || isMoit(user) && user.has(Role.COMMITTEE_DRAFTER)
                || user.hasAny(Role.NSMCWG_SECRETARY, Role.AUDITOR);
    }

    boolean maySee(MashwaraUser user, Statement s, List<ViewRequest> views) {
        return seesAll(user) || s.getProposer().equals(user.getUsername())
                || views.stream().anyMatch(v -> asked(user, v));
    }

    /** Whether the view was asked of the user, or of the body the user acts for. */
    boolean asked(MashwaraUser user, ViewRequest v) {
        return user.getUsername().equals(v.getUsername())
                || v.getCommitteeId() != null && user.actsFor(v.getCommitteeId());
    }

    /** Any body (its drafters and officers) or NSMCWG member may propose. */
    void requireMayPropose(MashwaraUser user) {
        if (!user.roles().stream().anyMatch(r -> r.isCommitteeRole() || r.isNsmcwgRole())) {
            throw new ForbiddenException("error.statement.proposeForbidden");
        }
    }

    void requireVisible(MashwaraUser user, Statement s, List<ViewRequest> views) {
        if (!maySee(user, s, views)) {
            throw notFound(s.getId());
        }
    }

    /** The statement must be visible (else not found) and the user one who speaks (else forbidden). */
    void requireMaySpeak(MashwaraUser user, Statement s, List<ViewRequest> views, String what) {
        requireVisible(user, s, views);
        if (!maySpeak(user)) {
            throw new ForbiddenException("error.statement.onlySpokesperson", what);
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("error.statement.notFound", id);
    }

    /** The form's values, stripped, checked and with blanks as null. */
    StatementForm form(StatementForm form) {
        if (form == null) {
            throw InvalidInputException.onField("textEn", "error.statement.textRequired");
        }
        var en = optional(form.textEn(), "textEn", Statement.MAX_TEXT);
        var ur = optional(form.textUr(), "textUr", Statement.MAX_TEXT);
        if (en == null && ur == null) {
            throw InvalidInputException.onField("textEn", "error.statement.textRequired");
        }
        var occasion = required(form.occasion(), "occasion", Statement.MAX_OCCASION);
        var company = required(form.company(), "company", Statement.MAX_COMPANY);
        if (form.urgency() == null) {
            throw InvalidInputException.onField("urgency", "error.statement.required", "urgency");
        }
        return new StatementForm(en, ur, occasion, company, form.urgency());
    }

    static String required(String value, String field, int max) {
        var v = optional(value, field, max);
        if (v == null) {
            throw InvalidInputException.onField(field, "error.statement.required", field);
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var v = value.strip();
        if (v.length() > max) {
            throw InvalidInputException.onField(field, "error.statement.tooLong", field, max);
        }
        if (v.indexOf('\0') >= 0) {
            throw InvalidInputException.onField(field, "error.statement.controlCharacter", field);
        }
        return v;
    }

    private static boolean isMoit(MashwaraUser user) {
        return MOIT.equals(user.committeeCode());
    }
}
