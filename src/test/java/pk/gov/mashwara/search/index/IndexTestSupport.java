package pk.gov.mashwara.search.index;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An index in a temporary directory over an in-memory source, opened (or rebuilt) as at start-up. */
final class IndexTestSupport implements AutoCloseable {

    final InMemorySource source;
    final LuceneIndex index;
    final IndexMaintenance maintenance;
    final IndexSearch search;

    IndexTestSupport(Path dir, InMemorySource source) {
        this.source = source;
        this.index = new LuceneIndex(dir);
        this.maintenance = new IndexMaintenance(index, source);
        this.search = new IndexSearch(index);
    }

    IndexTestSupport started() throws Exception {
        maintenance.startUp().get(30, TimeUnit.SECONDS);
        if (!maintenance.status().ready()) {
            throw new IllegalStateException("index not ready: " + maintenance.status());
        }
        return this;
    }

    @Override
    public void close() throws Exception {
        maintenance.close();
        index.close();
    }
}
