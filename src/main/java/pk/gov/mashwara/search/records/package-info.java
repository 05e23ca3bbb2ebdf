/**
 * The record index: one Lucene document per record of the working group's other business (letters, directions,
 * progress entries, data requests and answers, statements, engagements and commitments), in its own index beside
 * the documents' and the comments', analysed and queried as they are. The records come from the modules through
 * {@link pk.gov.mashwara.search.RecordSource}; who may read a hit is asked of its module, so the search applies
 * exactly the rules of the module's services (see docs/decisions/028-records-in-search.md). Internal to the search
 * module.
 */
package pk.gov.mashwara.search.records;
