/** The REST API of versions' extracted text; a thin layer over the text module's services. */
package pk.gov.mashwara.text.api;
