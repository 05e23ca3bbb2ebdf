package pk.gov.mashwara.directory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.security.RunAs;

/**
 * Reads the committee list once the portal has started, in a transaction of its own, so that the first requests
 * find it kept ({@link DirectoryService#committees()} keeps only what such a transaction read).
 */
@Component
class CommitteeListWarmUp {

    private final DirectoryService directory;

    CommitteeListWarmUp(DirectoryService directory) {
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void keepCommittees() {
        RunAs.user(RunAs.systemAdministrator(), directory::committees);
    }
}
