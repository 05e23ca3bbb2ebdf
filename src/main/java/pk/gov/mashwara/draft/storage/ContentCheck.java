package pk.gov.mashwara.draft.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Looks at a complete upload before it enters the store and returns its media type, or throws
 * {@link pk.gov.mashwara.shared.RefusedFileException} to refuse it.
 */
@FunctionalInterface
public interface ContentCheck {

    String inspect(Path candidate) throws IOException;
}
