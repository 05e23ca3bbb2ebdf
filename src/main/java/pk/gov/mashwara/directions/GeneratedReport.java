package pk.gov.mashwara.directions;

/** A progress report written for download: its file name, media type and bytes. */
public record GeneratedReport(String fileName, String mediaType, byte[] content) {
}
