/** The pages of data requests: the list with pendency by body, a request's page, and the forms to ask and answer. */
package pk.gov.mashwara.datarequest.ui;
