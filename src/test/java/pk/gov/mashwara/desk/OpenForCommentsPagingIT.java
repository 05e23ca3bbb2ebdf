package pk.gov.mashwara.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.Fixtures.as;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/**
 * A member's desk lists the drafts open for comments however many are in review: the database pages them, the
 * nearest deadline first, those without one last, then by id; closed windows and drafts past review are left out.
 * The desk used to read at most 200 drafts per state into memory and sort them there, so the 201st was never shown.
 */
@SpringBootTest
@Import(Fixtures.class)
class OpenForCommentsPagingIT {

    static final int IN_REVIEW = 230;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReviewWindows windows;
    @Autowired
    DeskService desk;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void more_than_two_hundred_drafts_in_review_are_all_listed_in_pages_nearest_deadline_first() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var now = Instant.now();
        // Rows written straight into the tables: 230 drafts through uploads, extraction and routing would take
        // minutes, and the query under test reads only these columns
        var committee = jdbc.queryForObject("SELECT id FROM committee WHERE code = 'PTA'", Long.class);
        var withDeadline = new ArrayList<Long>();
        var withoutDeadline = new ArrayList<Long>();
        for (int i = 0; i < IN_REVIEW; i++) {
            var id = insertDraft(committee, i % 2 == 0 ? "UNDER_REVIEW" : "SUBMITTED", now);
            if (i % 3 == 0) {
                withoutDeadline.add(id);
            } else {
                // deadlines in the reverse order of creation, so that only the query's order puts them right
                setDeadline(id, now.plus(Duration.ofHours(24L * 30 - i)));
                withDeadline.add(id);
            }
        }
        var closed = insertDraft(committee, "UNDER_REVIEW", now);
        setDeadline(closed, now.minus(Duration.ofDays(2)));
        var consolidating = insertDraft(committee, "CONSOLIDATION", now);
        var mine = new HashSet<Long>(withDeadline);
        mine.addAll(withoutDeadline);
        mine.add(closed);
        mine.add(consolidating);

        var count = as(member, () -> windows.openForCommentsCount());
        assertThat(count).as("every draft open for comments, not the first 200").isGreaterThanOrEqualTo(IN_REVIEW);
        assertThat(as(member, () -> desk.counts().openForComments())).isEqualTo(count);

        var listed = new ArrayList<Long>();
        for (int offset = 0;; offset += 70) {
            int from = offset;
            var page = as(member, () -> windows.openForComments(from, 70));
            listed.addAll(page);
            if (page.size() < 70) {
                break;
            }
        }
        assertThat(listed).doesNotHaveDuplicates().hasSize(Math.toIntExact(count));
        var ours = listed.stream().filter(mine::contains).toList();
        withDeadline.sort(null);
        var expected = new ArrayList<Long>(withDeadline.reversed());
        withoutDeadline.sort(null);
        expected.addAll(withoutDeadline);
        assertThat(ours).as("nearest deadline first, then those without one by id; closed and consolidating left out")
                .containsExactlyElementsOf(expected);
        assertThat(as(member, () -> windows.openForComments(100, 25))).containsExactlyElementsOf(listed.subList(100, 125));

        assertThat(as(drafter, () -> windows.openForComments(0, 50))).as("only members' desks list them").isEmpty();
        assertThat(as(drafter, () -> windows.openForCommentsCount())).isZero();
    }

    private long insertDraft(long committee, String status, Instant now) {
        var at = Timestamp.from(now);
        jdbc.update("INSERT INTO draft (title, committee_id, kind, legal_basis, financial_implications, classification,"
                + " status, created_by, created_at, updated_at, submitted_at, version)"
                + " VALUES (?, ?, 'POLICY', 'Section 3', FALSE, 'UNCLASSIFIED', ?, 'pta.drafter', ?, ?, ?, 0)",
                Fixtures.unique("In review"), committee, status, at, at, at);
        return jdbc.queryForObject("SELECT MAX(id) FROM draft", Long.class);
    }

    private void setDeadline(long draftId, Instant deadline) {
        jdbc.update("INSERT INTO review_window (draft_id, deadline, set_by, set_at, version) VALUES (?, ?, ?, ?, 0)",
                draftId, Timestamp.from(deadline), "nsmcwg.secretary", Timestamp.from(Instant.now()));
    }
}
