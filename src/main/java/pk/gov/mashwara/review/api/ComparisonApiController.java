package pk.gov.mashwara.review.api;

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

    @Operation(summary = "Compare the extracted text of two versions of a draft",
            description = "Rows align the paragraphs of both versions in order (UNCHANGED, CHANGED, ADDED, REMOVED); "
                    + "each side gives its paragraph's character offsets in its version's text. A changed row lists "
                    + "its words as SAME, REMOVED and ADDED segments. 'precision' says where the comparison was "
                    + "coarser to stay within its time bounds. 400 for the same version twice, 404 for a draft or "
                    + "version you cannot see, 409 when a version has no text (yet): the message says why.")
    @GetMapping("/api/drafts/{id}/compare")
    Comparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return comparisons.compare(id, from, to);
    }
}
