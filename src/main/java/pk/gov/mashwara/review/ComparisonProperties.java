package pk.gov.mashwara.review;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of comparing versions, which a hostile pair of texts would otherwise turn against the portal's memory.
 *
 * @param cacheDir        where finished comparisons are kept, to be read a page at a time
 * @param cacheMaxSize    how much disk they may take; the least recently read go first
 * @param maxCharacters   characters of each version compared; the rest of a longer text is left out, as the
 *                        comparison then says
 * @param largeAbove      a comparison of texts longer than this together is large: only {@code largeAtOnce} of
 *                        them are computed at a time
 * @param largeAtOnce     large comparisons computed at once; one more is refused with 429 and {@code retryAfter}
 * @param waitForTurn     how long a large comparison waits for its turn before it is refused
 * @param retryAfter      what a refused caller is told to wait
 * @param pageRows        rows a page of a comparison shows unless asked for fewer
 * @param maxPageRows     rows one page (or one request for unchanged rows) may show at most
 */
@ConfigurationProperties("mashwara.compare")
public record ComparisonProperties(Path cacheDir, DataSize cacheMaxSize, int maxCharacters, int largeAbove,
        int largeAtOnce, Duration waitForTurn, Duration retryAfter, int pageRows, int maxPageRows) {

    public ComparisonProperties {
        cacheDir = cacheDir == null ? Path.of("data", "comparisons") : cacheDir;
        cacheMaxSize = cacheMaxSize == null ? DataSize.ofGigabytes(1) : cacheMaxSize;
        maxCharacters = maxCharacters <= 0 ? 4_000_000 : maxCharacters;
        largeAbove = largeAbove <= 0 ? 1_000_000 : largeAbove;
        largeAtOnce = largeAtOnce <= 0 ? 1 : largeAtOnce;
        waitForTurn = waitForTurn == null ? Duration.ofSeconds(2) : waitForTurn;
        retryAfter = retryAfter == null ? Duration.ofSeconds(15) : retryAfter;
        pageRows = pageRows <= 0 ? 200 : pageRows;
        maxPageRows = maxPageRows <= 0 ? 1000 : maxPageRows;
    }
}
