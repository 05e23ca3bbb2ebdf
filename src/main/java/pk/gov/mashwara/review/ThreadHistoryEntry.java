package pk.gov.mashwara.review;

import java.time.Instant;

/** One step of a thread's history: started, resolved, reopened, carried forward, moved, outdated, shared. */
public record ThreadHistoryEntry(ThreadEventKind kind, String actor, Instant at, Resolution resolution,
        Integer fromVersion, Integer toVersion, String detail) {
}
