/** Committee and user entities and their repositories; internal to the directory module. */
package pk.gov.mashwara.directory.domain;
