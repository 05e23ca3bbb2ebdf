/** The REST API of search; a thin layer over the search module's services. */
package pk.gov.mashwara.search.api;
