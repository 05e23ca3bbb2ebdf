package pk.gov.mashwara.demo.documents;

import java.util.Objects;

/**
 * A demo draft as the portal seeds it: its catalogue data and the file (or files) of its text.
 *
 * <p>The codes are plain strings so that this package depends on nothing else in the application;
 * the seeder maps them onto the domain's enums.
 *
 * @param title the full title of the instrument, as it appears on the document
 * @param committeeCode the originating committee: {@code MOIT, MOIB, PTA, PEMRA, LAW, CABINET}
 * @param kind a {@link pk.gov.mashwara.draft.DraftKind}'s name, e.g. {@code BILL}, {@code ORDINANCE}, {@code POLICY}
 * @param legalBasis the provision under which the instrument is made
 * @param financialImplications whether the draft entails expenditure from public funds
 * @param classification {@code UNCLASSIFIED, RESTRICTED, CONFIDENTIAL}
 * @param fileName the file name of the first version, e.g. {@code ...-2026.pdf}
 * @param mediaType the media type of both versions ({@code application/pdf} or the DOCX type)
 * @param content the bytes of the first version
 * @param revisedFileName the file name of the second version, or {@code null} if there is none
 * @param revisedContent the bytes of the second version, or {@code null} if there is none
 */
public record DemoDocument(
        String title,
        String committeeCode,
        String kind,
        String legalBasis,
        boolean financialImplications,
        String classification,
        String fileName,
        String mediaType,
        byte[] content,
        String revisedFileName,
        byte[] revisedContent) {

    public DemoDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(committeeCode, "committeeCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if ((revisedFileName == null) != (revisedContent == null)) {
            throw new IllegalArgumentException("A revision needs both a file name and content: " + title);
        }
    }

    /** Whether the draft comes with a second version. */
    public boolean hasRevision() {
        return revisedContent != null;
    }

    // The generated toString would print the byte arrays as opaque identities; name the files instead.
    // (equals and hashCode, as for any record with array components, compare the arrays by identity.)
    @Override
    public String toString() {
        return "DemoDocument[" + committeeCode + " " + kind + " \"" + title + "\", " + fileName
                + (hasRevision() ? " + " + revisedFileName : "") + "]";
    }
}
