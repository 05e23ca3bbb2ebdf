package pk.gov.mashwara.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.domain.FocalNomination;
import pk.gov.mashwara.directory.domain.FocalNominationRepository;
import pk.gov.mashwara.directory.domain.FocalPersonTerm;
import pk.gov.mashwara.directory.domain.FocalPersonTermRepository;
import pk.gov.mashwara.directory.domain.NominationOpinion;
import pk.gov.mashwara.directory.domain.NominationOpinionRepository;
import pk.gov.mashwara.directory.domain.UserAccount;
import pk.gov.mashwara.directory.domain.UserAccountRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.ForbiddenException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The focal person's nomination (direction 3): the NSMCWG nominates, members support or object, the secretary
 * records consensus and the recommendation sent to the PM, then the PM's approval; only then does the nominee become
 * the focal person, and the one before loses the office (there is one focal person). Nominations are the NSMCWG's
 * (and the auditor's) to read; the history of focal persons is for every signed-in user.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class FocalPersonService {

    static final int MAX_NOTE = 4_000;
    static final int MAX_REFERENCE = 100;
    private static final EnumSet<NominationStatus> PENDING = EnumSet.of(NominationStatus.OPEN,
            NominationStatus.CONSENSUS, NominationStatus.RECOMMENDED);

    private final FocalNominationRepository nominations;
    private final NominationOpinionRepository opinions;
    private final FocalPersonTermRepository terms;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FocalPersonService(FocalNominationRepository nominations, NominationOpinionRepository opinions,
            FocalPersonTermRepository terms, UserAccountRepository users, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.nominations = nominations;
        this.opinions = opinions;
        this.terms = terms;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every nomination, the latest first: for the NSMCWG and the auditor. */
    @Transactional(readOnly = true)
    public List<NominationDetails> nominations() {
        var user = requireReader();
        return nominations.findAllByOrderByIdDesc().stream().map(n -> details(n, user)).toList();
    }

    @Transactional(readOnly = true)
    public NominationDetails nomination(long id) {
        var user = currentUser.require();
        if (!mayRead(user)) {
            throw new NotFoundException("error.nomination.notFound", id);
        }
        return details(load(id), user);
    }

    /** Whether the user may read nominations at all (the page shows only the history otherwise). */
    @Transactional(readOnly = true)
    public boolean mayReadNominations() {
        return mayRead(currentUser.require());
    }

    /** Whether the user may nominate: anyone of the NSMCWG. */
    @Transactional(readOnly = true)
    public boolean mayNominate() {
        return currentUser.require().isNsmcwg();
    }

    /** Those who may be nominated: the NSMCWG's enabled users (by name). */
    @Transactional(readOnly = true)
    public List<UserInfo> candidates() {
        requireReader();
        return users.findAll().stream().filter(u -> u.isEnabled() && u.inNsmcwg()).map(UserAccount::toInfo)
                .sorted(java.util.Comparator.comparing(UserInfo::displayName)).toList();
    }

    /** Nominates an NSMCWG user for focal person; returns the nomination's id. */
    public long nominate(long nomineeId, String note) {
        var user = currentUser.require();
        if (!user.isNsmcwg()) {
            throw new ForbiddenException("error.nomination.onlyNsmcwg");
        }
        var nominee = users.findById(nomineeId).filter(u -> u.isEnabled() && u.inNsmcwg())
                .orElseThrow(() -> InvalidInputException.onField("nomineeId", "error.nomination.nominee", nomineeId));
        if (nominee.getRoles().contains(Role.FOCAL_PERSON)
                && terms.findByToDateIsNull().stream().anyMatch(t -> t.getUserId() == nomineeId && t.getApprovalRef() != null)) {
            throw new ConflictException("error.nomination.alreadyFocal", nominee.toInfo().displayName());
        }
        if (nominations.existsByNomineeIdAndStatusIn(nomineeId, PENDING)) {
            throw new ConflictException("error.nomination.alreadyNominated", nominee.toInfo().displayName());
        }
        var saved = nominations.save(new FocalNomination(nomineeId, user.getUsername(),
                optional(note, "note", MAX_NOTE), now()));
        publish(saved, "nominate", user, "nominated " + nominee.getUsername() + " for focal person");
        return saved.getId();
    }

    /** Records the user's support of or objection to an open nomination (a later view replaces the earlier). */
    public void opinion(long id, boolean supports, String note) {
        var user = currentUser.require();
        var n = readable(id, user);
        if (n.getNomineeId() == user.id()) {
            throw new ForbiddenException("error.nomination.ownNomination");
        }
        n.requireOpen();
        var opinion = opinions.findByNominationIdAndMember(id, user.getUsername())
                .orElseGet(() -> new NominationOpinion(id, user.getUsername()));
        opinion.record(supports, optional(note, "note", MAX_NOTE), now());
        opinions.save(opinion);
        publish(n, supports ? "support" : "object", user, supports ? "supports" : "objects");
    }

    /** The secretary records that the NSMCWG has formed consensus on the nominee. */
    public void consensus(long id, String note, long expectedVersion) {
        var user = currentUser.require();
        var n = secretaryStep(id, user, expectedVersion);
        var recorded = opinions.findByNominationIdOrderByIdAsc(id);
        var support = recorded.stream().filter(NominationOpinion::isSupports).count();
        if (support == 0) {
            throw new ConflictException("error.nomination.noSupport");
        }
        if (nominations.findByStatusInOrderByIdAsc(EnumSet.of(NominationStatus.CONSENSUS, NominationStatus.RECOMMENDED))
                .stream().anyMatch(other -> !other.getId().equals(n.getId()))) {
            throw new ConflictException("error.nomination.otherInProgress");
        }
        n.consensus(required(note, "note", MAX_NOTE), user.getUsername(), now());
        nominations.saveAndFlush(n);
        publish(n, "consensus", user, "consensus: " + support + " support, " + (recorded.size() - support) + " object");
    }

    /** The secretary records the recommendation sent to the PM: its reference and date. */
    public void recommendation(long id, String reference, LocalDate date, long expectedVersion) {
        var user = currentUser.require();
        var n = secretaryStep(id, user, expectedVersion);
        n.recommended(required(reference, "reference", MAX_REFERENCE), pastDate(date), user.getUsername());
        nominations.saveAndFlush(n);
        publish(n, "recommendation", user, "recommended to the PM, " + reference.strip() + " of " + date);
    }

    /**
     * The secretary records the PM's approval: the nominee becomes the focal person, the one before loses the office
     * and their term ends on the day of approval.
     */
    public void approval(long id, String reference, LocalDate date, long expectedVersion) {
        var user = currentUser.require();
        var n = secretaryStep(id, user, expectedVersion);
        var ref = required(reference, "reference", MAX_REFERENCE);
        n.approved(ref, pastDate(date), user.getUsername());
        var nominee = users.findById(n.getNomineeId()).filter(u -> u.isEnabled() && u.inNsmcwg())
                .orElseThrow(() -> new ConflictException("error.nomination.nomineeGone"));
        var before = new ArrayList<String>();
        for (var holder : users.findWithRole(Role.FOCAL_PERSON)) {
            if (!holder.getId().equals(nominee.getId())) {
                holder.holdOffice(Role.FOCAL_PERSON, false);
                events.publishEvent(new pk.gov.mashwara.security.AccountChanged(holder.getUsername()));
                before.add(holder.getUsername());
                if (terms.findByToDateIsNull().stream().noneMatch(t -> t.getUserId() == holder.getId())) {
                    // in office since before the register: the term is recorded as it ends
                    terms.save(new FocalPersonTerm(holder.getId(), null, null, null));
                }
            }
        }
        for (var open : terms.findByToDateIsNull()) {
            open.end(date);
        }
        nominee.holdOffice(Role.FOCAL_PERSON, true);
        events.publishEvent(new pk.gov.mashwara.security.AccountChanged(nominee.getUsername()));
        terms.save(new FocalPersonTerm(nominee.getId(), date, ref, n.getId()));
        nominations.saveAndFlush(n);
        users.flush();
        publish(n, "approval", user, "approved by the PM, " + ref + " of " + date + "; focal person now "
                + nominee.getUsername() + (before.isEmpty() ? "" : ", was " + String.join(", ", before)));
    }

    /**
     * The secretary records that the PM did not approve the recommendation (the PM's letter: reference and date):
     * the nomination is closed and no one becomes focal person; the focal person in office, if any, stays.
     */
    public void notApproved(long id, String reference, LocalDate date, long expectedVersion) {
        var user = currentUser.require();
        var n = secretaryStep(id, user, expectedVersion);
        var ref = required(reference, "reference", MAX_REFERENCE);
        n.notApproved(ref, pastDate(date), user.getUsername());
        nominations.saveAndFlush(n);
        publish(n, "not-approved", user, "not approved by the PM, " + ref + " of " + date
                + "; the nomination is closed, no one becomes focal person");
    }

    /**
     * Withdraws a nomination before the PM's answer: by the member who nominated or by the nominee, with a reason.
     * The nomination is closed; no one becomes focal person.
     */
    public void withdraw(long id, String reason, long expectedVersion) {
        var user = currentUser.require();
        var n = readable(id, user);
        if (!mayWithdraw(n, user)) {
            throw new ForbiddenException("error.nomination.withdrawNotYours");
        }
        var why = required(reason, "reason", MAX_NOTE);
        if (n.getVersion() != expectedVersion) {
            throw new ConflictException("error.nomination.changedMeanwhile");
        }
        n.withdraw(user.getUsername(), why, now());
        nominations.saveAndFlush(n);
        publish(n, "withdraw", user, "withdrawn by the " + (n.getNomineeId() == user.id() ? "nominee" : "nominator")
                + ": " + why);
    }

    private static boolean mayWithdraw(FocalNomination n, MashwaraUser user) {
        return n.getNominatedBy().equals(user.getUsername()) || n.getNomineeId() == user.id();
    }

    /** The focal persons in turn, the latest first: for every signed-in user. */
    @Transactional(readOnly = true)
    public List<FocalTerm> history() {
        return terms.findAllByOrderByIdDesc().stream().map(t -> {
            var info = users.findById(t.getUserId()).map(UserAccount::toInfo);
            return new FocalTerm(info.map(UserInfo::username).orElse(""), info.map(UserInfo::displayName).orElse(""),
                    t.getFromDate(), t.getToDate(), t.getApprovalRef(), t.getNominationId());
        }).toList();
    }

    /** What waits for the user: a member's view on open nominations, the secretary's next step. */
    @Transactional(readOnly = true)
    public List<NominationWork> work() {
        var user = currentUser.require();
        var out = new ArrayList<NominationWork>();
        if (!user.isNsmcwg()) {
            return out;
        }
        for (var n : nominations.findByStatusInOrderByIdAsc(PENDING)) {
            var name = nomineeName(n);
            if (user.has(Role.NSMCWG_SECRETARY)) {
                var due = switch (n.getStatus()) {
                    case OPEN -> NominationWork.Due.CONSENSUS;
                    case CONSENSUS -> NominationWork.Due.RECOMMENDATION;
                    default -> NominationWork.Due.APPROVAL;
                };
                out.add(new NominationWork(n.getId(), name, n.getStatus(), due, n.getNominatedAt()));
            } else if (n.getStatus() == NominationStatus.OPEN && n.getNomineeId() != user.id()
                    && opinions.findByNominationIdAndMember(n.getId(), user.getUsername()).isEmpty()) {
                out.add(new NominationWork(n.getId(), name, n.getStatus(), NominationWork.Due.VIEW, n.getNominatedAt()));
            }
        }
        return out;
    }

    /**
     * The nominations still on their way, the one waiting longest first, each with whose step is next, since when,
     * and which members have not given their view yet: the pendency page's tab, for the NSMCWG and the auditor.
     */
    @Transactional(readOnly = true)
    public List<NominationPendency> pendency() {
        requireReader();
        var members = users.findAll().stream().filter(u -> u.isEnabled() && u.inNsmcwg()).map(UserAccount::toInfo)
                .sorted(java.util.Comparator.comparing(UserInfo::displayName)).toList();
        var out = new ArrayList<NominationPendency>();
        for (var n : nominations.findByStatusInOrderByIdAsc(PENDING)) {
            var asked = members.stream().filter(m -> m.id() != n.getNomineeId()).toList();
            var given = opinions.findByNominationIdOrderByIdAsc(n.getId()).stream()
                    .map(NominationOpinion::getMember).collect(java.util.stream.Collectors.toSet());
            var views = (int) asked.stream().filter(m -> given.contains(m.username())).count();
            var open = n.getStatus() == NominationStatus.OPEN;
            var awaited = open ? asked.stream().filter(m -> !given.contains(m.username()))
                    .map(UserInfo::displayName).toList() : List.<String>of();
            var next = switch (n.getStatus()) {
                case OPEN -> NominationPendency.Next.VIEWS;
                case CONSENSUS -> NominationPendency.Next.RECOMMENDATION;
                default -> NominationPendency.Next.APPROVAL;
            };
            var since = switch (n.getStatus()) {
                case OPEN -> n.getNominatedAt();
                case CONSENSUS -> n.getConsensusAt();
                default -> n.getRecommendationDate() == null ? n.getConsensusAt()
                        : n.getRecommendationDate().atStartOfDay(java.time.ZoneId.of("Asia/Karachi")).toInstant();
            };
            out.add(new NominationPendency(n.getId(), nomineeName(n), n.getStatus(), next, since,
                    next == NominationPendency.Next.APPROVAL ? n.getRecommendationRef() : null, views, asked.size(),
                    awaited));
        }
        out.sort(java.util.Comparator.comparing(NominationPendency::since,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }

    private FocalNomination secretaryStep(long id, MashwaraUser user, long expectedVersion) {
        var n = readable(id, user);
        if (!user.has(Role.NSMCWG_SECRETARY)) {
            throw new ForbiddenException("error.nomination.onlySecretary");
        }
        if (n.getVersion() != expectedVersion) {
            throw new ConflictException("error.nomination.changedMeanwhile");
        }
        return n;
    }

    private FocalNomination readable(long id, MashwaraUser user) {
        if (!mayRead(user)) {
            throw new NotFoundException("error.nomination.notFound", id);
        }
        var n = load(id);
        if (!user.isNsmcwg()) {
            // the auditor reads, changes nothing
            throw new ForbiddenException("error.nomination.onlyNsmcwg");
        }
        return n;
    }

    private FocalNomination load(long id) {
        return nominations.findById(id).orElseThrow(() -> new NotFoundException("error.nomination.notFound", id));
    }

    private MashwaraUser requireReader() {
        var user = currentUser.require();
        if (!mayRead(user)) {
            throw new ForbiddenException("error.nomination.onlyNsmcwg");
        }
        return user;
    }

    private static boolean mayRead(MashwaraUser user) {
        return user.isNsmcwg() || user.has(Role.AUDITOR);
    }

    private NominationDetails details(FocalNomination n, MashwaraUser user) {
        var nominee = users.findById(n.getNomineeId()).map(UserAccount::toInfo);
        var open = n.getStatus() == NominationStatus.OPEN;
        var secretary = user.has(Role.NSMCWG_SECRETARY);
        return new NominationDetails(n.getId(), n.getNomineeId(), nominee.map(UserInfo::username).orElse(""),
                nominee.map(UserInfo::displayName).orElse(""), n.getNominatedBy(), displayName(n.getNominatedBy()),
                n.getNote(), n.getStatus(), n.getNominatedAt(),
                opinions.findByNominationIdOrderByIdAsc(n.getId()).stream().map(o -> new NominationDetails.Opinion(
                        o.getMember(), displayName(o.getMember()), o.isSupports(), o.getNote(), o.getRecordedAt()))
                        .toList(),
                n.getConsensusNote(), n.getConsensusBy(), n.getConsensusAt(), n.getRecommendationRef(),
                n.getRecommendationDate(), n.getApprovalRef(), n.getApprovalDate(), n.getDirectionLetter(),
                n.getDirectionNumber(), n.getVersion(),
                new NominationDetails.Allowed(open && user.isNsmcwg() && n.getNomineeId() != user.id(),
                        open && secretary, n.getStatus() == NominationStatus.CONSENSUS && secretary,
                        n.getStatus() == NominationStatus.RECOMMENDED && secretary,
                        !n.getStatus().closed() && user.isNsmcwg() && mayWithdraw(n, user)),
                n.getWithdrawnBy() == null ? null : new NominationDetails.Withdrawal(n.getWithdrawnBy(),
                        displayName(n.getWithdrawnBy()), n.getWithdrawnAt(), n.getWithdrawalReason()));
    }

    private String nomineeName(FocalNomination n) {
        return users.findById(n.getNomineeId()).map(u -> u.toInfo().displayName()).orElse("");
    }

    private String displayName(String username) {
        return username == null ? null : users.findByUsername(username).map(u -> u.toInfo().displayName()).orElse(username);
    }

    private LocalDate pastDate(LocalDate date) {
        if (date == null) {
            throw InvalidInputException.onField("date", "error.nomination.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Karachi"))))) {
            throw InvalidInputException.onField("date", "error.nomination.dateInFuture");
        }
        return date;
    }

    private void publish(FocalNomination n, String action, MashwaraUser user, String detail) {
        events.publishEvent(new NominationActionTaken(n.getId(), action, user.getUsername(), now(), detail));
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String required(String value, String field, int max) {
        var v = optional(value, field, max);
        if (v == null) {
            throw InvalidInputException.onField(field, "error.nomination.required", field);
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var v = value.strip();
        if (v.length() > max || v.indexOf('\0') >= 0) {
            throw InvalidInputException.onField(field, "error.nomination.tooLong", field, max);
        }
        return v;
    }
}
