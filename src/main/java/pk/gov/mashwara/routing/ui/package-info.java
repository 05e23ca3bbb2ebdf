/**
 * The routing module's pages and page parts: the
 * pendency dashboard (every open draft the user may see, what it waits for, how late, with charts), and routing
 * on the draft page (where the draft stands, its history and a button for each action the user may take),
 * contributed to the draft module's page through {@link pk.gov.mashwara.draft.ui.page.DraftPageExtension}.
 */
package pk.gov.mashwara.routing.ui;
