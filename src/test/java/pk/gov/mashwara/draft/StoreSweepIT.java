package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.draft.storage.StoreProperties;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.TestFiles;

/**
 * The start-up sweep of the file store on the real database: it removes an old file nothing refers to, and keeps
 * one that only another module's table refers to (a file attached to a consulted division's view).
 */
@SpringBootTest
@Import(Fixtures.class)
class StoreSweepIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    RoutingService routing;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewWindows windows;
    @Autowired
    FileStore store;
    @Autowired
    StoreMaintenance maintenance;
    @Autowired
    StoreProperties properties;

    @Test
    void the_sweep_keeps_a_file_attached_to_a_consultation_and_removes_an_orphan() throws IOException {
        var walker = new ConsultationWalk(fixtures, drafts, routing, threads, windows);
        var walk = walker.ptaRegulationInConsultations(Fixtures.unique("Regulations swept"));
        var attached = Fixtures.uniquePdf("The Ministry's observations");
        walker.act(walk.ministryOfficer(), walk.draftId(), "record-view",
                pk.gov.mashwara.support.Fixtures.uo("view", "concur", "viewText", "No objection; observations attached."),
                new ActionRequest.Attachment("observations.pdf", () -> new ByteArrayInputStream(attached)));
        var attachedSha = TestFiles.sha256(attached);
        var orphan = store.store(new ByteArrayInputStream(Fixtures.uniquePdf("Left by a crash")), path -> "application/pdf");

        // both older than the grace period, as after a long pause
        var old = FileTime.from(Instant.now().minus(properties.orphanGrace()).minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(store.locate(attachedSha), old);
        Files.setLastModifiedTime(store.locate(orphan.sha256()), old);

        maintenance.sweepOrphans();

        assertThat(store.contains(orphan.sha256())).as("nothing refers to it").isFalse();
        assertThat(store.contains(attachedSha)).as("the consultation's file").isTrue();
    }
}
