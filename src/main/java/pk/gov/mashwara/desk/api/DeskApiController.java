package pk.gov.mashwara.desk.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.audit.RecordedVerification;
import pk.gov.mashwara.desk.AdminFigures;
import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.desk.DeskService;
import pk.gov.mashwara.desk.DeskService.Part;
import pk.gov.mashwara.desk.ReviewNews;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.shared.Paging;

@RestController
@Tag(name = "Desk", description = "What waits for you: the same items as My desk")
@SecurityRequirement(name = "basic")
class DeskApiController {

    /** The largest page the desk is served in. */
    static final int MAX_SIZE = 100;

    private final DeskService desk;

    DeskApiController(DeskService desk) {
        this.desk = desk;
    }

    /**
     * A page of the desk, with the counts; for auditors the latest verification of the audit chain, for
     * administrators their figures (both null for everyone else).
     */
    record DeskPage(List<Item> items, int page, int size, long total, long overdue, List<Part> parts,
            @Schema(nullable = true) RecordedVerification latestVerification,
            @Schema(nullable = true) AdminFigures administration) {
    }

    /** One item on the desk (see {@link DeskItem}). */
    record Item(DeskItem.Kind kind, Draft draft, List<DeskItem.DueAction> actions, Instant since,
            @Schema(nullable = true) Instant deadline, boolean overdue, long daysOverdue,
            @Schema(nullable = true, description = "For a draft open for comments: its review deadline and what is "
                    + "new since you last opened it") ReviewNews review) {

        static Item of(DeskItem d) {
            return new Item(d.kind(), new Draft(d.draftId(), d.title(), d.diaryNumber(), d.committeeCode(), d.status(),
                    d.priority(), d.fileNumber()),
                    d.actions(), d.since(), d.deadline(), d.overdue(), d.daysOverdue(), d.review());
        }
    }

    /** The draft an item is about. */
    record Draft(long id, String title, @Schema(nullable = true) String diaryNumber, String committeeCode,
            DraftStatus status, pk.gov.mashwara.draft.Priority priority, @Schema(nullable = true) String fileNumber) {
    }

    @Operation(summary = "What waits for you, as on My desk",
            description = "First the drafts whose current step waits for you (overdue first, each with the actions due "
                    + "by name and title, since when, the deadline and whether it is overdue); then, for an NSMCWG "
                    + "member, the drafts open for comments, the nearest review deadline first, each with the review "
                    + "deadline, the days left and what is new since you last opened the draft's page or reader (new "
                    + "versions, replies by others in your threads, with the latest). Only drafts you may see. "
                    + "An auditor also gets the latest verification of the audit chain, an administrator the users, "
                    + "sign-in limits, extraction problems and index figures. 400 for a page out of range.")
    @GetMapping("/api/desk")
    DeskPage desk(@Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        Paging.checkPage(page, size, MAX_SIZE);
        var parts = desk.parts();
        var counts = desk.counts();
        var items = desk.items(page * size, size).stream().map(Item::of).toList();
        return new DeskPage(items, page, size, counts.total(), counts.overdue(), List.copyOf(parts),
                parts.contains(Part.AUDIT) ? desk.latestVerification().orElse(null) : null,
                parts.contains(Part.ADMINISTRATION) ? desk.adminFigures() : null);
    }
}
