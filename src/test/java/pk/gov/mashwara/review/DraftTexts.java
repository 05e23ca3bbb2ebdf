package pk.gov.mashwara.review;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.ExtractionAdminService;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Drafts whose versions are plain-text files, uploaded through the draft service and extracted by the real
 * extraction, for the comparison tests. A plain helper rather than a bean, so that the tests using it share the
 * application context of the other tests of their kind (each context runs its own extraction).
 */
public class DraftTexts {

    /** Extraction runs in worker processes: the first start on a busy machine can take a while. */
    public static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(120);

    /** How often a failed extraction is queued again before the failure is taken as real. */
    private static final int RETRIES = 3;

    private final DraftService drafts;
    private final VersionTexts texts;
    private final ExtractionAdminService extraction;

    public DraftTexts(DraftService drafts, VersionTexts texts, ExtractionAdminService extraction) {
        this.drafts = drafts;
        this.texts = texts;
        this.extraction = extraction;
    }

    /**
     * A draft of the drafter's committee with one version per text, each extracted before the next is uploaded
     * (so that this context's extractor is free for it) and all before this returns.
     */
    public long draft(MashwaraUser drafter, String... versionTexts) {
        var created = Fixtures.as(drafter, () -> drafts.create(new NewDraft(Fixtures.unique("Comparison test"),
                drafter.committeeId(), DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED),
                "v1.txt", new ByteArrayInputStream(versionTexts[0].getBytes(StandardCharsets.UTF_8))));
        awaitText(created.id(), 1);
        for (int v = 1; v < versionTexts.length; v++) {
            var number = addVersion(drafter, created.id(), "v" + (v + 1) + ".txt",
                    versionTexts[v].getBytes(StandardCharsets.UTF_8));
            awaitText(created.id(), number);
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

    /**
     * Waits until the version's text is extracted. The test contexts of one JVM share the test database but each
     * has a file store of its own, and each runs an extraction scheduler: when another context's scheduler claims
     * the job first, it cannot find the file and fails it. A plain-text file never fails on its own, so a failure
     * is queued again (up to {@link #RETRIES} times) for this context to take.
     */
    public void awaitText(long draftId, int version) {
        for (int attempt = 0; awaitExtracted(draftId, version) == ExtractionStatus.FAILED && attempt < RETRIES; attempt++) {
            Fixtures.as(Fixtures.systemAdministrator(), () -> extraction.retry(draftId, version));
        }
    }
}
