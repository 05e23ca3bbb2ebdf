/** The routing history as stored. */
package pk.gov.mashwara.routing.domain;
