/** The drafts list, the draft page and the dialogs for creating drafts and uploading versions. */
package pk.gov.mashwara.draft.ui;
