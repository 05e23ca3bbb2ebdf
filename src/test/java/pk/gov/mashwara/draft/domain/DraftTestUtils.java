package pk.gov.mashwara.draft.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.test.util.ReflectionTestUtils;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;

/**
 * Drafts in a given state, built through the aggregate's own transitions (as restbucks' {@code OrderTestUtils}
 * does), so that a test never starts from a state the domain could not have produced.
 */
public final class DraftTestUtils {

    public static final Instant CREATED_AT = Instant.parse("2026-03-02T05:00:00Z");
    public static final long COMMITTEE = 7;
    public static final String DRAFTER = "pta.drafter";
    public static final String OFFICER = "pta.officer";
    public static final String DIARY_NUMBER = "NSMCWG/2026/0042";

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private DraftTestUtils() {
    }

    /** A freshly created draft without versions, with the id the database gives it on insert. */
    public static InspectableDraft newDraft() {
        var draft = new InspectableDraft("Online Safety Rules 2026", COMMITTEE, DraftKind.RULES_UNDER_STATUTE,
                "Section 37 of PECA 2016", false, Classification.UNCLASSIFIED, DRAFTER, CREATED_AT);
        // The id is assigned by the database (IDENTITY) when the service saves the draft; events carry it
        ReflectionTestUtils.setField(draft, "id", IDS.incrementAndGet());
        return draft;
    }

    /** A draft in state DRAFT with the given number of versions. */
    public static InspectableDraft draftWithVersions(int count) {
        var draft = newDraft();
        for (int i = 1; i <= count; i++) {
            addVersion(draft, i);
        }
        return draft.eventsPublished();
    }

    /** A draft with one version, put up to the committee's officer. */
    public static InspectableDraft awaitingApproval() {
        var draft = draftWithVersions(1);
        draft.transition(java.util.Set.of(DraftStatus.DRAFT), DraftStatus.COMMITTEE_APPROVAL, DRAFTER, null, CREATED_AT.plus(Duration.ofHours(1)));
        return draft.eventsPublished();
    }

    /** A draft the officer returned to the drafter with a reason. */
    public static InspectableDraft returnedToDrafter() {
        var draft = awaitingApproval();
        draft.transition(java.util.Set.of(DraftStatus.COMMITTEE_APPROVAL), DraftStatus.DRAFT, OFFICER, "Cite the enabling section", CREATED_AT.plus(Duration.ofHours(2)));
        return draft.eventsPublished();
    }

    /** A draft submitted to the NSMCWG with {@link #DIARY_NUMBER}. */
    public static InspectableDraft submitted() {
        var draft = awaitingApproval();
        draft.assignDiaryNumber(DIARY_NUMBER, CREATED_AT.plus(Duration.ofHours(2)));
        draft.transition(java.util.Set.of(DraftStatus.COMMITTEE_APPROVAL), DraftStatus.SUBMITTED, OFFICER, null, CREATED_AT.plus(Duration.ofHours(2)));
        return draft.eventsPublished();
    }

    /** A draft in the given state, for every state the committee's own steps can reach. */
    public static InspectableDraft in(DraftStatus status) {
        return switch (status) {
            case DRAFT -> draftWithVersions(1);
            case COMMITTEE_APPROVAL -> awaitingApproval();
            case SUBMITTED -> submitted();
            default -> throw new IllegalArgumentException("No transition reaches " + status + " yet");
        };
    }

    public static DraftVersion addVersion(Draft draft, int seed) {
        var sha = "%064x".formatted(seed);
        return draft.addVersion("draft-v" + seed + ".pdf", "application/pdf", 1_000L + seed, sha, DRAFTER,
                CREATED_AT.plus(Duration.ofMinutes(seed)));
    }
}
