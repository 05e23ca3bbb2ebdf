package pk.gov.mashwara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;

/** A first start with demo data: every role has a user, and realistic drafts stand at their first steps. */
@SpringBootTest(properties = "mashwara.demo.enabled=true")
class DemoDataIT {

    @Autowired
    UserDetailsService users;

    @Autowired
    DraftService drafts;

    @Autowired
    pk.gov.mashwara.routing.InputService inputs;

    @Test
    void there_is_a_demo_user_for_every_role_and_committee() {
        var roles = EnumSet.noneOf(Role.class);
        for (var user : DemoDataSeeder.USERS) {
            MashwaraUser loaded;
            try {
                loaded = (MashwaraUser) users.loadUserByUsername(user.username());
            } catch (UsernameNotFoundException e) {
                // The test database may already have its one active focal person; the seeder then skips its own
                assertThat(user.roles()).containsExactly(Role.FOCAL_PERSON);
                loaded = (MashwaraUser) users.loadUserByUsername("test.focal");
            }
            assertThat(loaded.getPassword()).startsWith("{bcrypt}");
            roles.addAll(loaded.roles());
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(DemoDataSeeder.USERS).extracting(DemoDataSeeder.DemoUser::username)
                .contains("moit.drafter", "pta.drafter", "pemra.drafter", "law.officer", "nsmcwg.member",
                        "nsmcwg.secretary", "focal.person", "admin", "auditor");
    }

    private boolean focalIsTheDemoOne() {
        try {
            return users.loadUserByUsername("focal.person").isEnabled();
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    @Test
    void the_demo_drafts_are_real_multi_version_files_at_their_first_steps() {
        var auditor = (MashwaraUser) users.loadUserByUsername("auditor");
        var titles = DemoDocuments.all().stream().map(d -> d.title()).toList();
        var seeded = RunAs.user(auditor, () -> drafts.list(DraftFilter.none(), Pageable.ofSize(500)).getContent())
                .stream().filter(d -> titles.contains(d.title())).toList();

        assertThat(seeded).extracting(DraftSummary::title).containsAll(titles);
        assertThat(seeded).extracting(DraftSummary::kind).containsAll(EnumSet.allOf(DraftKind.class));
        assertThat(new HashSet<>(seeded.stream().map(DraftSummary::committeeCode).toList()))
                .contains("MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET");
        assertThat(seeded).filteredOn(d -> d.latestVersion() >= 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seeded).extracting(DraftSummary::status).as("a draft on each desk of the path")
                .contains(DraftStatus.SUBMITTED, DraftStatus.UNDER_REVIEW, DraftStatus.CLEARANCE,
                        DraftStatus.COMMITTEE_APPROVAL, DraftStatus.DRAFT);
        if (focalIsTheDemoOne()) {
            assertThat(seeded).as("one draft has gone through review and clearance to its consultations")
                    .extracting(DraftSummary::status).contains(DraftStatus.CONSULTATIONS);
            // its cleared input is the one composed from its review: the accepted point, answered, is in it
            var cleared = seeded.stream().filter(d -> d.status() == DraftStatus.CONSULTATIONS).findFirst().orElseThrow();
            var input = RunAs.user(auditor, () -> inputs.document(cleared.id()));
            assertThat(input.status()).isEqualTo(pk.gov.mashwara.routing.InputDocument.Status.CLEARED);
            assertThat(input.points()).extracting(p -> p.position()).containsExactly(
                    pk.gov.mashwara.review.Resolution.ACCEPTED, pk.gov.mashwara.review.Resolution.NOTED);
            assertThat(input.points().getFirst().response()).isNotNull();
            assertThat(input.html()).contains(input.points().getFirst().said(), input.points().get(1).said(),
                    "Conclusion");
            assertThat(input.clearance().signer()).isEqualTo("focal.person");
        }
        var mediaTypes = seeded.stream().flatMap(d -> RunAs.user(auditor, () -> drafts.get(d.id())).versions().stream())
                .map(v -> v.mediaType()).distinct().toList();
        assertThat(mediaTypes).contains("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
