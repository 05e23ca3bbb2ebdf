/**
 * The comment index: one Lucene document per comment that is not retracted, in its own index beside the
 * documents' one, analysed and queried as the documents are. Who may read a comment is part of every query: the
 * draft's visibility, and for a committee's internal note membership of that committee. Comments come from a
 * {@link pk.gov.mashwara.search.CommentSource} (the review module implements it); the index is derived data,
 * rebuilt from it whenever it is missing, damaged or out of step. Internal to the search module.
 */
package pk.gov.mashwara.search.comments;
