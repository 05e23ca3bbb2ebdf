/** The draft aggregate (draft with its versions), the diary-number counter and their repositories. Internal. */
package pk.gov.mashwara.draft.domain;
