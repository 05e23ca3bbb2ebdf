/**
 * How other modules add to the draft page without the draft module knowing them: a {@link
 * pk.gov.mashwara.draft.ui.page.DraftPageExtension} gets the page ({@link pk.gov.mashwara.draft.ui.page.DraftPage})
 * each time it shows a draft and contributes buttons to its action bar and a section of its own (the routing
 * module shows where the draft stands and the actions the user may take this way).
 */
@org.springframework.modulith.NamedInterface("page")
package pk.gov.mashwara.draft.ui.page;
