package pk.gov.mashwara.engagement.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.engagement.CommitmentFilter;
import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.shared.ApiValues;

@RestController
@RequestMapping("/api/commitments")
@Tag(name = "Commitments", description = "Commitments made in engagements with social media companies")
@SecurityRequirement(name = "basic")
class CommitmentApiController {

    private final CommitmentService commitments;

    CommitmentApiController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    /** The follow-up note: what was done, or why it lapsed (required for a lapse). */
    record FollowUpRequest(String note) {
    }

    @Operation(summary = "The commitments you may see, overdue first",
            description = "Filters: `owner` (a body's code, or COMPANY), `status` (OPEN, DONE, LAPSED), `overdue` "
                    + "(true: only open ones past their day).")
    @GetMapping
    List<CommitmentInfo> list(@RequestParam(required = false) String owner,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") String overdue) {
        var s = status == null || status.isBlank() ? null : ApiValues.parse(CommitmentStatus.class, status, "status");
        return commitments.list(new CommitmentFilter(owner, s, ApiValues.parseBoolean(overdue, "overdue")));
    }

    @Operation(summary = "Mark a commitment done, with a note")
    @PostMapping(path = "/{id}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    CommitmentInfo done(@PathVariable long id, @RequestBody(required = false) FollowUpRequest request) {
        return commitments.followUp(id, CommitmentStatus.DONE, request == null ? null : request.note());
    }

    @Operation(summary = "Mark a commitment lapsed, with the reason")
    @PostMapping(path = "/{id}/lapsed", consumes = MediaType.APPLICATION_JSON_VALUE)
    CommitmentInfo lapsed(@PathVariable long id, @RequestBody(required = false) FollowUpRequest request) {
        return commitments.followUp(id, CommitmentStatus.LAPSED, request == null ? null : request.note());
    }
}
