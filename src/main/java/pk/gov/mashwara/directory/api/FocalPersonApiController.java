package pk.gov.mashwara.directory.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.directory.FocalPersonService;
import pk.gov.mashwara.directory.FocalTerm;
import pk.gov.mashwara.directory.NominationDetails;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The focal person's nomination (direction 3): the NSMCWG nominates and gives views; the secretary records consensus,
 * the recommendation to the PM and the PM's answer: an approval, upon which the nominee becomes the focal person, or
 * not approved. The nominator or the nominee may withdraw a nomination before the PM's answer.
 */
@RestController
@RequestMapping("/api/focal-person")
@Tag(name = "Focal person", description = "Nominations for focal person and the history of focal persons (direction 3)")
@SecurityRequirement(name = "basic")
class FocalPersonApiController {

    private final FocalPersonService focal;

    FocalPersonApiController(FocalPersonService focal) {
        this.focal = focal;
    }

    record Nominate(Long nomineeId, String note) {
    }

    record Note(String note, Long version) {
    }

    record Opinion(String note) {
    }

    /** A letter to or from the PM's Office: its reference number and date. */
    record Letter(String reference, LocalDate date, Long version) {
    }

    @Operation(summary = "Every nomination for focal person, the latest first (NSMCWG and auditor)")
    @GetMapping("/nominations")
    List<NominationDetails> nominations() {
        return focal.nominations();
    }

    @Operation(summary = "Nominate a user of the NSMCWG for focal person, with a note")
    @PostMapping("/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    NominationDetails nominate(@RequestBody Nominate body) {
        if (body.nomineeId() == null) {
            throw InvalidInputException.onField("nomineeId", "error.nomination.required", "nomineeId");
        }
        return focal.nomination(focal.nominate(body.nomineeId(), body.note()));
    }

    @Operation(summary = "One nomination with the members' views")
    @GetMapping("/nominations/{id}")
    NominationDetails nomination(@PathVariable long id) {
        return focal.nomination(id);
    }

    @Operation(summary = "Record your support of the nomination")
    @PostMapping("/nominations/{id}/support")
    NominationDetails support(@PathVariable long id, @RequestBody(required = false) Opinion body) {
        focal.opinion(id, true, body == null ? null : body.note());
        return focal.nomination(id);
    }

    @Operation(summary = "Record your objection to the nomination")
    @PostMapping("/nominations/{id}/object")
    NominationDetails object(@PathVariable long id, @RequestBody(required = false) Opinion body) {
        focal.opinion(id, false, body == null ? null : body.note());
        return focal.nomination(id);
    }

    @Operation(summary = "The secretary records the NSMCWG's consensus on the nominee")
    @PostMapping("/nominations/{id}/consensus")
    NominationDetails consensus(@PathVariable long id, @RequestBody Note body) {
        focal.consensus(id, body.note(), version(body.version()));
        return focal.nomination(id);
    }

    @Operation(summary = "The secretary records the recommendation sent to the PM (reference, date)")
    @PostMapping("/nominations/{id}/recommendation")
    NominationDetails recommendation(@PathVariable long id, @RequestBody Letter body) {
        focal.recommendation(id, body.reference(), body.date(), version(body.version()));
        return focal.nomination(id);
    }

    @Operation(summary = "The secretary records the PM's approval (reference, date): the nominee becomes the focal person")
    @PostMapping("/nominations/{id}/approval")
    NominationDetails approval(@PathVariable long id, @RequestBody Letter body) {
        focal.approval(id, body.reference(), body.date(), version(body.version()));
        return focal.nomination(id);
    }

    @Operation(summary = "The secretary records that the PM did not approve (reference, date): the nomination is "
            + "closed and no one becomes focal person")
    @PostMapping("/nominations/{id}/not-approved")
    NominationDetails notApproved(@PathVariable long id, @RequestBody Letter body) {
        focal.notApproved(id, body.reference(), body.date(), version(body.version()));
        return focal.nomination(id);
    }

    /** Why a nomination is withdrawn, and the version it was read at. */
    record Withdrawal(String reason, Long version) {
    }

    @Operation(summary = "The nominator or the nominee withdraws the nomination before the PM's answer, with a reason")
    @PostMapping("/nominations/{id}/withdraw")
    NominationDetails withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
        focal.withdraw(id, body.reason(), version(body.version()));
        return focal.nomination(id);
    }

    @Operation(summary = "The focal persons in turn (from, to, the PM's approval), the latest first")
    @GetMapping("/history")
    List<FocalTerm> history() {
        return focal.history();
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.onField("version", "error.nomination.required", "version");
        }
        return version;
    }
}
