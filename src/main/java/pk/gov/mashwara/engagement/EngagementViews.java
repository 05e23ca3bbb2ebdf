package pk.gov.mashwara.engagement;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.directory.UserInfo;
import pk.gov.mashwara.draft.DraftCatalog;
import pk.gov.mashwara.engagement.domain.Commitment;
import pk.gov.mashwara.engagement.domain.CommitmentRepository;
import pk.gov.mashwara.engagement.domain.Engagement;
import pk.gov.mashwara.engagement.domain.EngagementDocument;
import pk.gov.mashwara.engagement.domain.EngagementDocumentRepository;
import pk.gov.mashwara.engagement.domain.EngagementRepository;
import pk.gov.mashwara.engagement.domain.PlatformCompany;
import pk.gov.mashwara.engagement.domain.PlatformCompanyRepository;
import pk.gov.mashwara.routing.ClearanceService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.InvalidInputException;

/** Turns the module's rows into what its callers see; used inside the services' transactions only. */
@Component
class EngagementViews {

    private final PlatformCompanyRepository companies;
    private final EngagementRepository engagements;
    private final EngagementDocumentRepository documents;
    private final CommitmentRepository commitments;
    private final EngagementAccess access;
    private final ClearanceService clearances;
    private final DraftCatalog catalog;
    private final People people;

    EngagementViews(PlatformCompanyRepository companies, EngagementRepository engagements,
            EngagementDocumentRepository documents, CommitmentRepository commitments, EngagementAccess access,
            ClearanceService clearances, DraftCatalog catalog, People people) {
        this.companies = companies;
        this.engagements = engagements;
        this.documents = documents;
        this.commitments = commitments;
        this.access = access;
        this.clearances = clearances;
        this.catalog = catalog;
        this.people = people;
    }

    long committeeId(String code, String field) {
        return people.committeeByCode(code).filter(CommitteeInfo::active).map(CommitteeInfo::id)
                .orElseThrow(() -> InvalidInputException.onField(field, "error.engagement.body.unknown",
                        code == null ? "" : code.strip()));
    }

    String committeeCode(Long id) {
        return id == null ? null : people.committeeById(id).map(CommitteeInfo::code).orElse("?");
    }

    private String committeeName(Long id) {
        return people.committeeById(id).map(CommitteeInfo::name).orElse("?");
    }

    private String companyName(long id) {
        return companies.findById(id).map(PlatformCompany::getName).orElse("?");
    }

    private String name(String username) {
        return people.byUsername(username).map(UserInfo::displayName).orElse(username);
    }

    List<EngagementSummary> summaries(List<Engagement> found) {
        var today = access.today();
        return found.stream().map(e -> {
            var list = commitments.findByEngagementIdOrderByDueOnAscIdAsc(e.getId());
            var open = list.stream().filter(c -> c.getStatus() == CommitmentStatus.OPEN).count();
            var overdue = list.stream().filter(c -> c.overdue(today)).count();
            return new EngagementSummary(e.getId(), e.getCompanyId(), companyName(e.getCompanyId()), e.getKind(),
                    e.getOccurredOn(), e.getSubject(), e.getLeadUsername(), name(e.getLeadUsername()),
                    e.getDirectionNumber(), open, overdue);
        }).toList();
    }

    EngagementDetails details(Engagement e, MashwaraUser reader) {
        EngagementDetails.ClearedInput cleared = null;
        if (e.getPositionDraftId() != null && catalog.visibleTo(reader, e.getPositionDraftId())) {
            var draftId = e.getPositionDraftId();
            var title = catalog.snapshot(draftId).map(d -> d.title()).orElse("");
            cleared = clearances.clearance(draftId).map(s -> new EngagementDetails.ClearedInput(draftId, title,
                    s.signerName(), s.signedAt(), s.shortHash())).orElse(null);
        }
        var bodies = e.getBodies().stream().map(this::committeeCode).sorted().toList();
        var docs = documents.findByEngagementIdOrderByUploadedAtAscIdAsc(e.getId()).stream().map(EngagementViews::info)
                .toList();
        var owed = commitments.findByEngagementIdOrderByDueOnAscIdAsc(e.getId()).stream().map(c -> commitment(c, e))
                .toList();
        return new EngagementDetails(e.getId(), e.getCompanyId(), companyName(e.getCompanyId()), e.getKind(),
                e.getOccurredOn(), e.getSubject(), e.getLeadUsername(), name(e.getLeadUsername()),
                e.getOurParticipants(), e.getTheirParticipants(), e.getTopics(), e.getPosition(),
                e.getPositionDraftId(), cleared, e.getDirectionNumber(), e.getLetterReference(), bodies,
                e.getCreatedBy(), e.getCreatedAt(), docs, owed, access.mayChange(reader, e));
    }

    CommitmentInfo commitment(Commitment c, Engagement e) {
        var today = access.today();
        var overdue = c.overdue(today);
        var company = companyName(e.getCompanyId());
        var owner = c.getOwnerCommitteeId();
        return new CommitmentInfo(c.getId(), e.getId(), e.getSubject(), company, committeeCode(owner),
                owner == null ? company : committeeName(owner), c.getDescription(), c.getDueOn(), c.getStatus(),
                overdue, overdue ? ChronoUnit.DAYS.between(c.getDueOn(), today) : 0, c.getNote(),
                c.getClosedBy() == null ? null : name(c.getClosedBy()), c.getClosedAt(), c.getVersion());
    }

    CommitmentInfo commitment(Commitment c) {
        return commitment(c, engagements.findById(c.getEngagementId()).orElseThrow());
    }

    static EngagementDocumentInfo info(EngagementDocument d) {
        return new EngagementDocumentInfo(d.getId(), d.getDirection(), d.getFileName(), d.getMediaType(),
                d.getSizeBytes(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt());
    }

    static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
