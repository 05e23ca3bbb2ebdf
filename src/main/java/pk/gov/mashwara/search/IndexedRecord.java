package pk.gov.mashwara.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One record as the search indexes it. Its module answers who may read it ({@link RecordSource#readable}); the
 * index holds only what is searched and shown.
 *
 * @param groupId   the record's group in its source (a cascade of letters, a data request, a statement, an
 *                  engagement): a group's records are always written to the index together
 * @param title     what the hit is called, e.g. a letter's reference and subject
 * @param text      what is searched: everything the record says in words (the title is searched too)
 * @param bodies    the codes of the directory's bodies the record concerns (the "body" facet)
 * @param status    where the record stands, by the name of its module's status (e.g. {@code IN_PROGRESS}), or null
 * @param path      the portal's address of the page that shows the record, relative to the portal
 * @param date      the record's date (a letter's date, an answer's day), or null
 * @param files     the text of the files the record keeps, each by the file's name: searched with the record's words,
 *                  and a hit names the file its words were found in
 */
public record IndexedRecord(RecordKind kind, long id, long groupId, String title, String text, List<String> bodies,
        String status, String path, LocalDate date, List<File> files) {

    public IndexedRecord {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        files = files == null ? List.of() : files.stream().filter(f -> !f.text().isBlank()).toList();
    }

    /** A record that keeps no file whose text is searched. */
    public IndexedRecord(RecordKind kind, long id, long groupId, String title, String text, List<String> bodies,
            String status, String path, LocalDate date) {
        this(kind, id, groupId, title, text, bodies, status, path, date, List.of());
    }

    /** The text of one file a record keeps, by its name as the user gave it. */
    public record File(String name, String text) {

        public File {
            name = name == null ? "" : name;
            text = text == null ? "" : text.strip();
        }
    }

    /**
     * The files a record keeps with what extraction made of them, in the order given, each file once (by its
     * SHA-256) and only those with any text.
     *
     * @param texts the extracted texts by SHA-256 (what {@code FileTexts.texts} answers)
     */
    public static <T> List<File> files(List<T> kept, java.util.function.Function<T, String> name,
            java.util.function.Function<T, String> sha256, java.util.Map<String, pk.gov.mashwara.text.FileText> texts) {
        var seen = new java.util.HashSet<String>();
        var out = new java.util.ArrayList<File>();
        for (var file : kept) {
            var sha = sha256.apply(file);
            var text = sha == null ? null : texts.get(sha);
            if (text != null && !text.text().isBlank() && seen.add(sha)) {
                out.add(new File(name.apply(file), text.text()));
            }
        }
        return out;
    }

    /** A record's searchable text from its parts, blank ones left out, each a paragraph of its own. */
    public static String text(String... parts) {
        var out = new StringBuilder();
        for (var p : parts) {
            if (p != null && !p.isBlank()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(p.strip());
            }
        }
        return out.toString();
    }

    public RecordRef ref() {
        return new RecordRef(kind, id);
    }
}
