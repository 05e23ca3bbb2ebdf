/** The tables of data requests: the request, its addressed bodies, their threads, answers and files. */
package pk.gov.mashwara.datarequest.domain;
