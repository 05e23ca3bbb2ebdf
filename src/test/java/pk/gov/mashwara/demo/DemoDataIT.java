package pk.gov.mashwara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
    pk.gov.mashwara.routing.RoutingService routing;

    @Autowired
    pk.gov.mashwara.routing.RoutingRules rules;

    @Autowired
    pk.gov.mashwara.review.ReviewService review;

    @Autowired
    pk.gov.mashwara.routing.InputService inputs;

    @Autowired
    pk.gov.mashwara.directions.LetterService directionLetters;
    @Autowired
    pk.gov.mashwara.directions.ProgressReports progressReports;

    /**
     * The demonstration's letter makes a sensible progress report: MoIT's report is signed off and sent, reports fall
     * due fortnightly, and the PDF the PMO's monitor writes for MoIT has the reference on every page and MoIT's
     * directions with their statuses and evidence.
     */
    @Test
    void the_demo_letter_has_moits_report_kept_and_a_sensible_report_for_the_monitor() throws Exception {
        var monitor = (MashwaraUser) users.loadUserByUsername("pmo.monitor");
        var letterId = RunAs.user(monitor, () -> directionLetters.letters()).stream()
                .filter(l -> l.reference().equals(DemoLetter.REFERENCE)).findFirst().orElseThrow().id();
        var overview = RunAs.user(monitor, () -> progressReports.overview(letterId));
        // a database kept from before progress reports has the letter without them
        org.junit.jupiter.api.Assumptions.assumeTrue(overview.schedule() != null, "the demonstration letter was loaded before reports");
        assertThat(overview.schedule().every()).isEqualTo(pk.gov.mashwara.directions.ReportEvery.FORTNIGHTLY);
        // the demonstration is loaded when the portal starts: "today" is that day, which may be yesterday by now
        // when the tests run across midnight in Islamabad
        var now = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
        assertThat(overview.reports()).singleElement().satisfies(r -> {
            assertThat(r.body().code()).isEqualTo("MOIT");
            assertThat(r.diaryNumber()).isEqualTo("MoITT/D-5120");
            assertThat(r.from()).isEqualTo(DemoLetter.DATE);
            assertThat(r.sentOn()).isIn(now, now.minusDays(1));
            assertThat(r.intact()).isTrue();
        });
        var today = overview.reports().getFirst().sentOn();
        // the others' reports fall due in four days; MoIT's a fortnight after its report
        assertThat(overview.due()).anySatisfy(d -> {
            assertThat(d.body().code()).isEqualTo("PTA");
            assertThat(d.due()).isEqualTo(today.plusDays(4));
        }).anySatisfy(d -> {
            assertThat(d.body().code()).isEqualTo("MOIT");
            assertThat(d.due()).isEqualTo(today.plusDays(14));
        });

        var pdf = RunAs.user(monitor, () -> progressReports.pdf(letterId, "MOIT", null, null, null));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                assertThat(stripper.getText(document)).contains("Ref. " + DemoLetter.REFERENCE)
                        .contains("Page " + i + " of " + document.getNumberOfPages());
            }
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            var flat = text.replaceAll("\\s+", "");
            assertThat(text).contains("Ministry of Information Technology").contains("Prime Minister")
                    .contains("Changes since the report of");
            // MoIT's part since its report: direction 4 in progress, 5 and 6 done, nothing changed
            assertThat(flat).contains("Done").contains("Inprogress").contains("Nochange");
        }
        var all = RunAs.user(monitor, () -> progressReports.pdf(letterId, "MOIT", DemoLetter.DATE, today, null));
        try (var document = org.apache.pdfbox.Loader.loadPDF(all.content())) {
            var flat = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(flat).contains("moit-drafts-shared.txt").contains("moit-spokesperson-instructions.txt")
                    .contains("Platformtakedownstatistics");
        }
    }

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
        // the directions' users (the PMO's monitor) come with the demonstration letter
        DemoDirections.USERS.forEach(user -> roles.addAll(user.roles()));
        // the spokesperson and the NSA's lead come with the statements' and the engagements' demonstrations, which
        // leave them out where the test database already has a spokesperson, or not the demo's focal person
        for (var name : java.util.List.of("nsmcwg.spokesperson", "nsa.lead")) {
            try {
                roles.addAll(((MashwaraUser) users.loadUserByUsername(name)).roles());
            } catch (UsernameNotFoundException e) {
                // left out, as said above
            }
        }
        assertThat(roles).containsAll(EnumSet.complementOf(EnumSet.of(Role.SPOKESPERSON, Role.NSA_LEAD)));
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
        var seeded = demoDrafts(auditor, titles);

        assertThat(seeded).extracting(DraftSummary::title).containsAll(titles);
        // a regulator's rules for the Federal Government's approval have no demo draft yet (InstrumentPathsIT walks them)
        assertThat(seeded).extracting(DraftSummary::kind)
                .containsAll(EnumSet.complementOf(EnumSet.of(DraftKind.REGULATOR_RULES)));
        assertThat(seeded).filteredOn(d -> d.committeeCode().equals("LAW")).extracting(DraftSummary::kind)
                .containsOnly(DraftKind.BILL);
        assertThat(new HashSet<>(seeded.stream().map(DraftSummary::committeeCode).toList()))
                .contains("MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET");
        assertThat(seeded).filteredOn(d -> d.latestVersion() >= 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seeded).extracting(DraftSummary::status)
                .contains(DraftStatus.SUBMITTED, DraftStatus.COMMITTEE_APPROVAL, DraftStatus.DRAFT);
        var mediaTypes = seeded.stream().flatMap(d -> RunAs.user(auditor, () -> drafts.get(d.id())).versions().stream())
                .map(v -> v.mediaType()).distinct().toList();
        assertThat(mediaTypes).contains("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // every demo file carries its committee's file number and a priority mark, as on a Secretariat cover
        assertThat(seeded).allSatisfy(d -> {
            assertThat(d.fileNumber()).as("file number of %s", d.title()).matches("(F\\. )?No\\. .+");
            assertThat(d.priority()).as("priority of %s", d.title()).isNotNull();
        });
        assertThat(seeded).filteredOn(d -> d.title().startsWith("Removal and Blocking")).singleElement()
                .satisfies(d -> {
                    assertThat(d.fileNumber()).isEqualTo("F. No. 8-3/2026-IT&T (Legal)");
                    assertThat(d.priority()).isEqualTo(pk.gov.mashwara.draft.Priority.IMMEDIATE);
                });
        assertThat(seeded).extracting(DraftSummary::priority).contains(pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE,
                pk.gov.mashwara.draft.Priority.ROUTINE);
    }

    @Autowired
    pk.gov.mashwara.draft.DraftCatalog catalog;
    @Autowired
    pk.gov.mashwara.text.VersionTexts texts;
    @Autowired
    pk.gov.mashwara.review.ThreadActions threadActions;
    @Autowired
    pk.gov.mashwara.routing.RoutingService routingService;

    /**
     * A portal starting on a demonstration seeded before (by another portal on the database, whose extractor may have
     * taken the texts first) looks for the reviews still to tell: the demo drafts under review. One already told is
     * not told twice.
     */
    @Test
    void a_portal_starting_on_a_seeded_demo_takes_up_the_reviews_and_tells_none_twice() {
        var auditor = (MashwaraUser) users.loadUserByUsername("auditor");
        var titles = DemoDocuments.all().stream().map(d -> d.title()).toList();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).until(() -> told(auditor, titles));
        var underReview = demoDrafts(auditor, titles).stream().filter(d -> d.status() == DraftStatus.UNDER_REVIEW)
                .map(DraftSummary::id).toList();
        var threadsBefore = underReview.stream().mapToInt(id -> RunAs.user(auditor, () -> review.allThreads(id)).size())
                .sum();

        var started = new DemoReview(catalog, drafts, texts, review, threadActions, routingService, inputs, users);
        started.resume();
        assertThat(started.awaiting()).containsExactlyInAnyOrderElementsOf(underReview);
        started.catchUp();
        assertThat(started.awaiting()).isEmpty();
        assertThat(underReview.stream().mapToInt(id -> RunAs.user(auditor, () -> review.allThreads(id)).size()).sum())
                .isEqualTo(threadsBefore);
    }

    /**
     * The demo tells one story: each draft stands where its routing history took it, through steps the rules allow;
     * no draft has threads unless its review was opened; a draft past its review has every point decided, and a
     * cleared one the threads that were cleared. The drafts are spread along the path, so that each role's desk
     * has something on a first start.
     */
    @Test
    void every_demo_draft_s_state_matches_its_history_and_the_drafts_are_spread_along_the_path() {
        var auditor = (MashwaraUser) users.loadUserByUsername("auditor");
        var titles = DemoDocuments.all().stream().map(d -> d.title()).toList();
        // the reviews are told once the texts are extracted, in the background
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).until(() -> told(auditor, titles));
        var seeded = demoDrafts(auditor, titles);

        for (var draft : seeded) {
            var view = RunAs.user(auditor, () -> routing.routing(draft.id()));
            var status = DraftStatus.DRAFT;
            for (var step : view.history()) {
                assertThat(step.from()).as("%s: %s starts where the last step ended", draft.title(), step.action())
                        .isEqualTo(status);
                var rule = rules.action(step.action()).orElseThrow();
                assertThat(rule.from()).as("%s: %s is allowed from %s", draft.title(), step.action(), step.from())
                        .contains(step.from());
                assertThat(rule.to()).isEqualTo(step.to());
                status = step.to();
            }
            assertThat(view.status()).as("%s stands where its history took it", draft.title()).isEqualTo(status);
            var threads = RunAs.user(auditor, () -> review.allThreads(draft.id()));
            var opened = view.history().stream().anyMatch(s -> s.to() == DraftStatus.UNDER_REVIEW);
            if (!opened) {
                assertThat(threads).as("%s: no threads without an open review", draft.title()).isEmpty();
            }
            if (view.history().stream().anyMatch(s -> "close-review".equals(s.action()))) {
                assertThat(threads).as("%s: a closed review had points, each decided", draft.title()).isNotEmpty()
                        .allMatch(t -> t.status() == pk.gov.mashwara.review.ThreadStatus.RESOLVED);
            }
            if (view.history().stream().anyMatch(s -> "send-for-clearance".equals(s.action()))) {
                // the input sent for clearance is the one composed from this draft's own review (before clearance
                // only the NSMCWG sees it)
                var secretary = (MashwaraUser) users.loadUserByUsername("nsmcwg.secretary");
                var input = RunAs.user(secretary, () -> inputs.document(draft.id()));
                assertThat(input.points()).as("%s: the input's points are the review's", draft.title())
                        .extracting(p -> p.threadId())
                        .containsExactlyInAnyOrderElementsOf(threads.stream().map(t -> t.id()).toList());
                assertThat(input.html()).contains("Conclusion");
            }
            if (view.history().stream().anyMatch(s -> "clear".equals(s.action()))) {
                assertThat(threads).extracting(t -> t.resolution()).contains(pk.gov.mashwara.review.Resolution.ACCEPTED);
                var input = RunAs.user(auditor, () -> inputs.document(draft.id()));
                assertThat(input.status()).isEqualTo(pk.gov.mashwara.routing.InputDocument.Status.CLEARED);
                assertThat(input.clearance().signer()).isEqualTo("focal.person");
                assertThat(input.points()).filteredOn(p -> p.position() == pk.gov.mashwara.review.Resolution.ACCEPTED)
                        .as("%s: the committee answered the accepted point", draft.title())
                        .allMatch(p -> p.response() != null);
            }
        }
        var furthest = focalIsTheDemoOne() ? DraftStatus.CONSULTATIONS : DraftStatus.CLEARANCE;
        // each desk has something: the drafter, the officer's approval, the secretary's submission, the members'
        // review, the focal person's clearance, the consulted division's step
        assertThat(seeded).extracting(DraftSummary::status).contains(DraftStatus.DRAFT, DraftStatus.COMMITTEE_APPROVAL,
                DraftStatus.SUBMITTED, DraftStatus.UNDER_REVIEW, DraftStatus.CLEARANCE, furthest);
        var underReview = seeded.stream().filter(d -> d.status() == DraftStatus.UNDER_REVIEW).findFirst().orElseThrow();
        assertThat(RunAs.user(auditor, () -> review.allThreads(underReview.id())))
                .anyMatch(t -> t.status() == pk.gov.mashwara.review.ThreadStatus.OPEN)
                .anyMatch(t -> t.comments().size() > 1);
    }

    /** Whether the demo's reviews are all told: the drafts stand at the end of their part of the story. */
    private boolean told(MashwaraUser auditor, java.util.List<String> titles) {
        var furthest = focalIsTheDemoOne() ? DraftStatus.CONSULTATIONS : DraftStatus.CLEARANCE;
        var now = demoDrafts(auditor, titles);
        return now.stream().map(DraftSummary::status).toList().containsAll(java.util.List.of(furthest,
                DraftStatus.CLEARANCE, DraftStatus.UNDER_REVIEW))
                && now.stream().filter(d -> d.status() == DraftStatus.UNDER_REVIEW).allMatch(
                        d -> !RunAs.user(auditor, () -> review.allThreads(d.id())).isEmpty());
    }

    /** The demo's drafts among all, page by page (the test database holds many more drafts than one page). */
    private java.util.List<DraftSummary> demoDrafts(MashwaraUser auditor, java.util.List<String> titles) {
        var found = new java.util.ArrayList<DraftSummary>();
        for (var page = 0; ; page++) {
            var request = org.springframework.data.domain.PageRequest.of(page, 500);
            var content = RunAs.user(auditor, () -> drafts.list(DraftFilter.none(), request).getContent());
            content.stream().filter(d -> titles.contains(d.title())).forEach(found::add);
            if (content.size() < 500) {
                return found;
            }
        }
    }
}
