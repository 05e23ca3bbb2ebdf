/** The REST API for letters, directions and progress under {@code /api/letters}, {@code /api/directions}; thin. */
package pk.gov.mashwara.directions.api;
