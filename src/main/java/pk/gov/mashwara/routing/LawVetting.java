package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.shared.ConflictException;

/**
 * The Law Division vets the text that will be approved (Rule 14): the steps the rule book marks {@code vets: true}.
 * A version uploaded after the vetting in the latest round (the committee's revision, or the Cabinet's modifications
 * carried into the text) is not the vetted text; the committee sends it back to vetting, which opens the step again.
 */
@Component
class LawVetting {

    private final RoutingRules rules;
    private final Consultations consultations;

    LawVetting(RoutingRules rules, Consultations consultations) {
        this.rules = rules;
        this.consultations = consultations;
    }

    /** Whether no version was uploaded after the latest vetting recorded in the latest round (none: true). */
    boolean vettedTextCurrent(DraftDetails draft) {
        return lastVetting(draft).map(v -> !draft.latest().uploadedAt().isAfter(v.getRecordedAt())).orElse(true);
    }

    /** Opens the vetting again on the latest version; refused when the vetted text is the latest. */
    String reopen(DraftDetails draft, Instant now) {
        var vetted = lastVetting(draft).orElseThrow(() -> new ConflictException("error.routing.vetting.none"));
        if (consultations.latestRound(draft.id()).stream()
                .anyMatch(c -> c.isOpen() && c.getStep().equals(vetted.getStep()))) {
            throw new ConflictException("error.routing.vetting.open");
        }
        if (!draft.latest().uploadedAt().isAfter(vetted.getRecordedAt())) {
            throw new ConflictException("error.routing.vetting.current");
        }
        consultations.reopen(vetted, now);
        return vetted.getStep();
    }

    private Optional<Consultation> lastVetting(DraftDetails draft) {
        return consultations.latestRound(draft.id()).stream().filter(Consultation::isRecorded)
                .filter(c -> rules.consultation(draft.kind(), c.getStep()).map(RoutingRules.ConsultationRule::vets)
                        .orElse(false))
                .max(Comparator.comparing(Consultation::getRecordedAt));
    }
}
