package pk.gov.mashwara.desk;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftLooks;

/** Notes a look at a draft made outside its page (the input through the API) as the page's own look does. */
@Component
class DeskLooks implements DraftLooks {

    private final DeskService desk;

    DeskLooks(DeskService desk) {
        this.desk = desk;
    }

    @Override
    public void looked(long draftId) {
        try {
            desk.looked(draftId);
        } catch (DataIntegrityViolationException e) {
            // the same user looked at the same moment elsewhere (another request): that look was recorded
        }
    }
}
