package pk.gov.mashwara.text;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stands in for text extraction in search tests: a test says which text a version "extracted" to, and this
 * stores it and announces {@link TextExtracted} after commit, as extraction does. Import it with
 * {@code @Import(FakeVersionTexts.class)}; being primary, it also wins over a real extraction bean.
 */
@TestComponent
@Primary
public class FakeVersionTexts implements VersionTexts {

    private record Stored(String text, ExtractionStatus status, boolean ocr) {
    }

    private final Map<String, Stored> texts = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    public FakeVersionTexts(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    /** Records the version's text as extracted and announces it. */
    public void extracted(long draftId, int version, String text) {
        texts.put(draftId + "/" + version, new Stored(text, ExtractionStatus.DONE, false));
        // Module listeners hear events published inside a transaction, once it commits
        transactions.executeWithoutResult(tx -> events.publishEvent(new TextExtracted(draftId, version, "fake",
                ExtractionStatus.DONE, text.length(), false, Instant.now())));
    }

    @Override
    public Optional<String> text(long draftId, int versionNumber) {
        return Optional.ofNullable(texts.get(draftId + "/" + versionNumber)).map(Stored::text);
    }

    @Override
    public ExtractionStatus status(long draftId, int versionNumber) {
        var stored = texts.get(draftId + "/" + versionNumber);
        return stored == null ? ExtractionStatus.PENDING : stored.status();
    }

    @Override
    public boolean ocr(long draftId, int versionNumber) {
        var stored = texts.get(draftId + "/" + versionNumber);
        return stored != null && stored.ocr();
    }

    /** Stands in for plain-text files: no pages. */
    @Override
    public int[] pageStarts(long draftId, int versionNumber) {
        return new int[0];
    }
}
