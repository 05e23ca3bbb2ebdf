-- Where each page of a paged document (a PDF) begins in its extracted text, so that a passage can be told by
-- its page. Texts extracted before this have none: their pages are not known.
ALTER TABLE extracted_text ADD COLUMN page_starts LONGBLOB;
