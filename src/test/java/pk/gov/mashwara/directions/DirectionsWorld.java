package pk.gov.mashwara.directions;

import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.systemAdministrator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * Bodies and users of their own for a test of directions: an issuing office with its monitor, a lead and a
 * supporting body with their officers and drafters, a body the letter is addressed to but that acts on nothing, and
 * a body the letter does not name. Each test gets fresh ones, so that what it counts is its own.
 */
final class DirectionsWorld {

    final String office;
    final String lead;
    final String support;
    final String bystander;
    final String stranger;
    final MashwaraUser monitor;
    final MashwaraUser leadOfficer;
    final MashwaraUser leadDrafter;
    final MashwaraUser supportOfficer;
    final MashwaraUser bystanderOfficer;
    final MashwaraUser strangerOfficer;
    private final Fixtures fixtures;

    DirectionsWorld(Fixtures fixtures, DirectoryService directory) {
        this.fixtures = fixtures;
        office = body(directory, CommitteeType.OFFICE);
        lead = body(directory, CommitteeType.MINISTRY);
        support = body(directory, CommitteeType.REGULATOR);
        bystander = body(directory, CommitteeType.DIVISION);
        stranger = body(directory, CommitteeType.DIVISION);
        monitor = fixtures.user(office, Role.PMO_MONITOR);
        leadOfficer = fixtures.user(lead, Role.COMMITTEE_OFFICER);
        leadDrafter = fixtures.user(lead, Role.COMMITTEE_DRAFTER);
        supportOfficer = fixtures.user(support, Role.COMMITTEE_OFFICER);
        bystanderOfficer = fixtures.user(bystander, Role.COMMITTEE_OFFICER);
        strangerOfficer = fixtures.user(stranger, Role.COMMITTEE_OFFICER);
    }

    private static String body(DirectoryService directory, CommitteeType type) {
        var code = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        as(systemAdministrator(), () -> directory.createCommittee(
                new CommitteeForm(code, "Directions test body " + code, null, type, null, true)));
        return code;
    }

    long id(String code) {
        return fixtures.committee(code);
    }

    /** A letter of the office dated {@code date}, to the lead, the support and the bystander, with the directions. */
    LetterDetails letter(LetterService letters, LocalDate date, boolean socialMedia, List<NewDirection> directions) {
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        return as(monitor, () -> letters.register(new NewLetter(id(office), reference, date, "Directions test "
                + reference, Classification.UNCLASSIFIED, Priority.IMMEDIATE, socialMedia, "2. Action may be taken.",
                "Additional Secretary-II", List.of(NewAddressee.body(id(lead), null), NewAddressee.body(id(support), null),
                        NewAddressee.body(id(bystander), null), NewAddressee.copy(null, "JS to SPM")), directions),
                new EvidenceFile("letter.txt", () -> new ByteArrayInputStream(("The letter " + reference)
                        .getBytes(StandardCharsets.UTF_8)))));
    }

    /** A direction led by the lead body, supported by the support body. */
    NewDirection direction(String label, Timeline timeline) {
        return new NewDirection(label, "Direction " + label + " of the test letter.", null, timeline, "Lead / support",
                false, id(lead), List.of(id(support)), List.of(), List.of("Data request DR-1"));
    }

    static EvidenceFile evidence(String name, String text) {
        return new EvidenceFile(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
