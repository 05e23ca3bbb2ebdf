package pk.gov.mashwara.draft.ui.page;

/**
 * Adds to the draft page. Called each time the page shows a draft (also after {@link DraftPage#reload()}); what
 * it returns replaces what it returned before.
 */
public interface DraftPageExtension {

    DraftPageContribution contribute(DraftPage page);
}
