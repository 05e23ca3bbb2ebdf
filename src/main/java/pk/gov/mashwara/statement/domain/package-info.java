/** Statements, their revisions, the views asked on them and their issue; internal to the statement module. */
package pk.gov.mashwara.statement.domain;
