/** Entities and repositories of the directions module; internal to it. */
package pk.gov.mashwara.directions.domain;
