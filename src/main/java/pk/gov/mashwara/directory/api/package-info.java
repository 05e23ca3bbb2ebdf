/** The focal person's nomination and history as a REST API ({@code /api/focal-person}). */
package pk.gov.mashwara.directory.api;
