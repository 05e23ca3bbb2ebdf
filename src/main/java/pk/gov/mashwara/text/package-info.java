/**
 * The text of stored files: every version's file has its text extracted outside the web application's JVM
 * ({@code extraction}, Tika and OCR in forked workers), kept compressed with the offsets of its pages, and read
 * back by the reader ({@link pk.gov.mashwara.text.ReaderService}, {@code ui}) for users who may see the draft,
 * and by other modules ({@link pk.gov.mashwara.text.VersionTexts}, {@link pk.gov.mashwara.text.TextExtracted}).
 * Files attached to records outside drafts (a letter's file, evidence, answers' files, engagements' documents) go
 * through the same queue and extractors, once per content, for the modules that search their records by them
 * ({@link pk.gov.mashwara.text.FileTexts}, {@link pk.gov.mashwara.text.FileTextExtracted},
 * {@link pk.gov.mashwara.text.TextedFiles}; {@code docs/decisions/031-file-text-in-search.md}).
 * This module sits below search and review: it knows neither. The search marks its matches in the reader
 * through {@link pk.gov.mashwara.text.TextMatchFinder}, which it implements. See
 * {@code docs/decisions/013-text-module.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text")
package pk.gov.mashwara.text;
