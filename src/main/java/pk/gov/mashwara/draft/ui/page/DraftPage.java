package pk.gov.mashwara.draft.ui.page;

import pk.gov.mashwara.draft.DraftDetails;

/** The draft page as an extension sees it. */
public interface DraftPage {

    /** The draft shown, as the signed-in user sees it. */
    DraftDetails draft();

    /** Reads the draft afresh and shows it again (asking every extension for its contribution anew). */
    void reload();
}
