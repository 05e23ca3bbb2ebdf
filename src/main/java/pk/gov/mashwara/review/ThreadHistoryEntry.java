package pk.gov.mashwara.review;

import java.time.Instant;

/** One step of a thread's history: started, resolved, reopened, carried forward, moved, outdated, shared. */
public record ThreadHistoryEntry(ThreadEventKind kind, String actor, Instant at, Resolution resolution,
        Integer fromVersion, Integer toVersion, String detail, Person actorPerson) {

    /** A step whose actor is known only by user id. */
    public ThreadHistoryEntry(ThreadEventKind kind, String actor, Instant at, Resolution resolution, Integer fromVersion,
            Integer toVersion, String detail) {
        this(kind, actor, at, resolution, fromVersion, toVersion, detail, actor == null ? null : Person.unknown(actor));
    }
}
