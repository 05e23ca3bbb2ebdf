/** The engagement log's entities and repositories, internal to the module. */
package pk.gov.mashwara.engagement.domain;
