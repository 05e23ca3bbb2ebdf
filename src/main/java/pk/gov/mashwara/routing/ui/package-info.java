/**
 * Routing on the draft page: where the draft stands, its routing history and a button for each action the user
 * may take, contributed to the draft module's page through {@link pk.gov.mashwara.draft.ui.page.DraftPageExtension}.
 */
package pk.gov.mashwara.routing.ui;
