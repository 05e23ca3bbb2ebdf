package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.unique;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class DraftCatalogIT {

    @Autowired
    DraftCatalog catalog;

    @Autowired
    Fixtures fixtures;

    @Test
    void visible_to_applies_the_visibility_rule_without_anyone_signed_in() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var otherDrafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var admin = fixtures.user(null, Role.ADMIN);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var inCommittee = fixtures.draft(drafter, unique("Catalog visibility"));
        var submitted = fixtures.submittedDraft(drafter, officer, unique("Catalog visibility submitted"));

        assertThat(catalog.visibleTo(drafter, inCommittee.id())).isTrue();
        assertThat(catalog.visibleTo(officer, inCommittee.id())).isTrue();
        assertThat(catalog.visibleTo(auditor, inCommittee.id())).isTrue();
        assertThat(catalog.visibleTo(otherDrafter, inCommittee.id())).isFalse();
        assertThat(catalog.visibleTo(member, inCommittee.id())).isFalse();
        assertThat(catalog.visibleTo(admin, inCommittee.id())).isFalse();

        assertThat(catalog.visibleTo(member, submitted.id())).isTrue();
        assertThat(catalog.visibleTo(otherDrafter, submitted.id())).isFalse();

        assertThat(catalog.visibleTo(auditor, Long.MAX_VALUE)).isFalse();
        assertThat(catalog.visibleTo(null, inCommittee.id())).isFalse();
    }
}
