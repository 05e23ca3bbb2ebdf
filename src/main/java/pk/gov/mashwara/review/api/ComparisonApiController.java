package pk.gov.mashwara.review.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.VersionComparison;

@RestController
@Tag(name = "Review", description = "Comparison of versions")
@SecurityRequirement(name = "basic")
class ComparisonApiController {

    private final VersionComparison comparisons;

    ComparisonApiController(VersionComparison comparisons) {
        this.comparisons = comparisons;
    }

    @Operation(summary = "Compare the extracted text of two versions of a draft, a page at a time",
            description = "Rows align the paragraphs of both versions in order (UNCHANGED, CHANGED, ADDED, REMOVED), "
                    + "each with its index in the whole comparison; each side gives its paragraph's character offsets "
                    + "in its version's text. A changed row lists its words as SAME, REMOVED and ADDED segments. A page "
                    + "covers the rows from 'start' to 'next' and holds every difference with one unchanged paragraph "
                    + "around it; where the index jumps, unchanged rows were left out (read them with "
                    + "/compare/rows). 'places' says in how many places the versions differ, 'placesShown' how many "
                    + "this page reaches; ask for the next page with start=next. 'counts' are for the whole "
                    + "comparison. 'precision' says where the comparison was coarser to stay within its bounds "
                    + "(time, characters compared, differences found). 400 for the same version twice or a page out "
                    + "of range, 404 for a draft or version you cannot see, 409 when a version has no text (yet), "
                    + "429 with Retry-After while the portal is computing as many very large comparisons as it can.")
    @GetMapping("/api/drafts/{id}/compare")
    Comparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to,
            @RequestParam(defaultValue = "0") int start, @RequestParam(defaultValue = "200") int limit) {
        return comparisons.compare(id, from, to, start, limit, VersionComparison.Keep.NONE);
    }

    @Operation(summary = "Rows of a comparison of two versions, whatever their kind",
            description = "Rows start to start + count - 1 (at most 1000) of the comparison, for reading a stretch of "
                    + "unchanged paragraphs that a page of /compare left out. Errors as for /compare.")
    @GetMapping("/api/drafts/{id}/compare/rows")
    List<Comparison.Row> rows(@PathVariable long id, @RequestParam int from, @RequestParam int to,
            @RequestParam int start, @RequestParam(defaultValue = "200") int count) {
        return comparisons.rows(id, from, to, start, count);
    }
}
