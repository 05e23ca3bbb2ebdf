package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pk.gov.mashwara.support.Fixtures.as;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class DraftServiceIT {

    @Autowired
    DraftService drafts;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_drafter_creates_a_draft_that_only_the_own_committee_sees_until_it_is_submitted() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        var created = fixtures.draft(drafter, "Visibility test draft");

        assertThat(as(officer, () -> drafts.get(created.id())).title()).isEqualTo("Visibility test draft");
        assertThatThrownBy(() -> as(outsider, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(member, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(member, () -> drafts.list(DraftFilter.none(), Pageable.ofSize(500)).map(DraftSummary::id).toList()))
                .doesNotContain(created.id());

        var putUp = as(drafter, () -> drafts.putUp(created.id(), drafts.get(created.id()).version()));
        var submitted = as(officer, () -> drafts.submit(created.id(), putUp.version()));

        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(submitted.diaryNumber()).matches("NSMCWG/\\d{4}/\\d{4}");
        assertThat(as(member, () -> drafts.get(created.id())).diaryNumber()).isEqualTo(submitted.diaryNumber());
        assertThatThrownBy(() -> as(outsider, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_drafters_of_the_committee_upload_versions() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, "Version test draft");

        var second = as(drafter, () -> drafts.addVersion(created.id(), "v2.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("v2"))));

        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> as(officer, () -> drafts.addVersion(created.id(), "v3.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("v3"))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(officer, () -> drafts.get(created.id())).versions()).extracting(VersionInfo::number)
                .containsExactly(2, 1);
    }
}
