/** The REST API of search and extracted text; a thin layer over the search module's services. */
package pk.gov.mashwara.search.api;
