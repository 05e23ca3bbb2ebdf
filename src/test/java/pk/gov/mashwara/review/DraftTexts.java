package pk.gov.mashwara.review;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.search.ExtractionStatus;
import pk.gov.mashwara.search.VersionTexts;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.support.Fixtures;

/**
 * Drafts whose versions are plain-text files, uploaded through the draft service and extracted by the real
 * extraction, for the comparison tests. A plain helper rather than a bean, so that the tests using it share the
 * application context of the other tests of their kind (each context runs its own extraction).
 */
public class DraftTexts {

    /** Extraction runs in worker processes: the first start on a busy machine can take a while. */
    public static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(120);

    private final DraftService drafts;
    private final VersionTexts texts;

    public DraftTexts(DraftService drafts, VersionTexts texts) {
        this.drafts = drafts;
        this.texts = texts;
    }

    /** A draft of the drafter's committee with one version per text, each extracted before this returns. */
    public long draft(MashwaraUser drafter, String... versionTexts) {
        var created = Fixtures.as(drafter, () -> drafts.create(new NewDraft(Fixtures.unique("Comparison test"),
                drafter.committeeId(), DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED),
                "v1.txt", new ByteArrayInputStream(versionTexts[0].getBytes(StandardCharsets.UTF_8))));
        for (int v = 1; v < versionTexts.length; v++) {
            addVersion(drafter, created.id(), "v" + (v + 1) + ".txt", versionTexts[v].getBytes(StandardCharsets.UTF_8));
        }
        for (int v = 1; v <= versionTexts.length; v++) {
            awaitExtracted(created.id(), v);
        }
        return created.id();
    }

    public int addVersion(MashwaraUser drafter, long draftId, String fileName, byte[] content) {
        return Fixtures.as(drafter, () -> drafts.addVersion(draftId, fileName, new ByteArrayInputStream(content))).version();
    }

    /** Waits until the extraction of the version has ended, and returns how. */
    public ExtractionStatus awaitExtracted(long draftId, int version) {
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(draftId, version).isFinal());
        return texts.status(draftId, version);
    }
}
