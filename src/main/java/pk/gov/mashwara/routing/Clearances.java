package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.domain.Clearance;
import pk.gov.mashwara.routing.domain.ClearanceRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * Records the focal person's clearances (the effect {@code record-clearance}) and reads them back with their hash
 * recomputed. Callers have checked the user's right to the draft.
 */
@Component
class Clearances {

    private final ClearanceRepository clearances;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Clearances(ClearanceRepository clearances, ApplicationEventPublisher events, Clock clock) {
        this.clearances = clearances;
        this.events = events;
        this.clock = clock;
    }

    /** The clearance of the draft's latest version by {@code signer}, with the consolidated input (stripped). */
    ClearanceStamp record(DraftDetails draft, MashwaraUser signer, String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("error.routing.missing", "input");
        }
        if (input.length() > Clearance.MAX_INPUT) {
            throw new InvalidInputException("error.clearance.inputTooLong", Clearance.MAX_INPUT);
        }
        var version = draft.latest();
        // the database keeps microseconds: hash what will be read back
        var signedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var name = cut(signer.displayName() == null || signer.displayName().isBlank() ? signer.getUsername()
                : signer.displayName(), Clearance.MAX_SIGNER_NAME);
        var hash = ClearanceHash.of(draft.id(), version.number(), version.sha256(), input, signer.getUsername(), name,
                signedAt);
        var saved = clearances.save(new Clearance(draft.id(), version.number(), version.sha256(), input,
                signer.getUsername(), name, signedAt, hash));
        events.publishEvent(new ClearanceRecorded(draft.id(), saved.getId(), version.number(), version.sha256(), hash,
                signer.getUsername(), signedAt));
        return stamp(saved, draft);
    }

    /** The clearance that counts: the latest of the draft. */
    Optional<ClearanceStamp> latest(DraftDetails draft) {
        return clearances.findFirstByDraftIdOrderByIdDesc(draft.id()).map(c -> stamp(c, draft));
    }

    /** Every clearance of the draft, the first first (a draft cleared again after a revision has several). */
    List<ClearanceStamp> all(DraftDetails draft) {
        return clearances.findByDraftIdOrderByIdAsc(draft.id()).stream().map(c -> stamp(c, draft)).toList();
    }

    /** Whether the draft's latest version has been cleared, by a clearance that is still intact. */
    boolean recordedForLatest(DraftDetails draft) {
        return latest(draft).filter(s -> s.ofLatestVersion() && s.intact()).isPresent();
    }

    /** The hash of the clearance as it is stored now. */
    static String recompute(Clearance c) {
        return ClearanceHash.of(c.getDraftId(), c.getVersionNumber(), c.getVersionSha256(), c.getInput(),
                c.getSigner(), c.getSignerName(), c.getSignedAt());
    }

    Optional<Clearance> stored(long draftId) {
        return clearances.findFirstByDraftIdOrderByIdDesc(draftId);
    }

    private static ClearanceStamp stamp(Clearance c, DraftDetails draft) {
        var latest = draft.latest();
        return new ClearanceStamp(c.getId(), c.getDraftId(), c.getVersionNumber(), c.getVersionSha256(), c.getInput(),
                c.getSigner(), c.getSignerName(), c.getSignedAt(), c.getHash(), recompute(c).equals(c.getHash()),
                latest.number() == c.getVersionNumber() && latest.sha256().equals(c.getVersionSha256()));
    }

    /** Cuts to {@code max} characters without splitting a surrogate pair. */
    private static String cut(String value, int max) {
        if (value.length() <= max) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }
}
