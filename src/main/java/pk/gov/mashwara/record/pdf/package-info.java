/**
 * How a review record is printed (OpenPDF): the fonts, the Urdu-aware text runs, the cover, tables, threads
 * and the running header and footer. Internal to the record module; it checks nothing and is given only what
 * the reader may see.
 */
package pk.gov.mashwara.record.pdf;
