/**
 * The demo drafts that Mashwara seeds on first start.
 *
 * <p>Seven fictional but plausible draft instruments of the committees of the National Social
 * Media Coordination Working Group: rules under section 37 of the Prevention of Electronic Crimes
 * Act, 2016, PEMRA and PTA regulations, a Bill, an Ordinance and two policies. They are rendered
 * at run time as real files, PDF with Apache PDFBox and DOCX with Apache POI, so that upload,
 * preview, text extraction and version comparison can be exercised on realistic documents. Three
 * of them come with a second version carrying real amendments.
 *
 * <ul>
 *   <li>{@link pk.gov.mashwara.demo.documents.DemoDocuments#all()} renders the catalogue;
 *   <li>{@link pk.gov.mashwara.demo.documents.DemoDocument} is one draft with its file(s);
 *   <li>{@code DemoTexts} loads the wording from {@code /demo/documents/*.txt} and holds the
 *       revisions as edits against it.
 * </ul>
 *
 * <p>The package depends only on PDFBox and POI: committee, kind and classification are plain
 * codes, mapped onto the domain by the seeder.
 */
package pk.gov.mashwara.demo.documents;
