package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.domain.ConsultationAttachment;
import pk.gov.mashwara.routing.domain.ConsultationAttachmentRepository;
import pk.gov.mashwara.support.ConsultationWalk;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.TestFiles;

/** The file attached to a division's view is append-only: recorded once with the view, never changed or removed. */
@SpringBootTest
@Import(Fixtures.class)
class ConsultationFilesIT {

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
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @PersistenceContext
    EntityManager entityManager;

    @Test
    void no_code_path_changes_or_removes_an_attached_file() {
        var walker = new ConsultationWalk(fixtures, drafts, routing, threads, windows);
        var walk = walker.ptaRegulationInConsultations(Fixtures.unique("Regulations with a kept file"));
        var bytes = Fixtures.uniquePdf("Observations kept as recorded");
        walker.act(walk.ministryOfficer(), walk.draftId(), "record-view", pk.gov.mashwara.support.Fixtures.uo("view", "object",
                "viewText", "The fee schedule exceeds the Act."),
                new ActionRequest.Attachment("objection.pdf", () -> new ByteArrayInputStream(bytes)));
        var step = Fixtures.as(walk.ministryOfficer(), () -> routing.consultations(walk.draftId())).getFirst();
        assertThat(step.attachment().sha256()).isEqualTo(TestFiles.sha256(bytes));
        long id = jdbc.queryForObject("SELECT id FROM consultation_attachment WHERE consultation_id = ?", Long.class,
                step.id());

        // the repository saves and finds, nothing that changes or removes
        assertThat(ConsultationAttachmentRepository.class.getInterfaces()).containsExactly(Repository.class);
        assertThat(Arrays.stream(ConsultationAttachmentRepository.class.getMethods()).map(Method::getName))
                .isNotEmpty().allMatch(name -> name.equals("save") || name.startsWith("find"));

        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            var managed = entityManager.find(ConsultationAttachment.class, id);
            set(managed, "sha256", "0".repeat(64));
            entityManager.flush();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> entityManager
                .createQuery("update ConsultationAttachment a set a.fileName = :name where a.id = :id")
                .setParameter("name", "replaced.pdf").setParameter("id", id).executeUpdate()))
                .hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("SELECT sha256 FROM consultation_attachment WHERE id = ?", String.class, id))
                .isEqualTo(TestFiles.sha256(bytes));
        assertThat(jdbc.queryForObject("SELECT file_name FROM consultation_attachment WHERE id = ?", String.class, id))
                .isEqualTo("objection.pdf");
    }

    private static void set(Object target, String field, Object value) {
        try {
            var f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
