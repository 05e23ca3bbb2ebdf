package pk.gov.mashwara.draft.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.springframework.web.multipart.MultipartFile;

import pk.gov.mashwara.draft.ImportService;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The files of an import request: uploaded files as they are, and the entries of uploaded ZIP archives. Entry
 * names are only ever titles and display names; entries are copied to private temporary files with the same
 * size limit as any upload, and a ZIP may hold at most {@value #MAX_ENTRIES} files.
 */
final class ImportSources {

    static final int MAX_ENTRIES = 500;
    /** One request may bring at most this many times the single-file limit, however it is packed. */
    static final int MAX_TOTAL_FACTOR = 5;

    private ImportSources() {
    }

    /** What one request may still bring: files and bytes, across all its parts and archives. */
    static final class Budget {
        private int files = MAX_ENTRIES;
        private long bytes;
        private final long maxBytes;

        Budget(long maxBytes) {
            this.maxBytes = maxBytes;
            this.bytes = maxBytes * MAX_TOTAL_FACTOR;
        }

        void take(long size) {
            files--;
            bytes -= size;
            if (files < 0) {
                throw new InvalidInputException("error.import.tooManyEntries", MAX_ENTRIES);
            }
            if (bytes < 0) {
                throw new InvalidInputException("error.import.tooMuch", maxBytes * MAX_TOTAL_FACTOR / (1024 * 1024));
            }
        }

        long largestNext() {
            return Math.min(maxBytes, Math.max(0, bytes));
        }
    }

    /** One file to import; {@link #discard()} removes its temporary copy, if it has one. */
    record Source(String fileName, MultipartFile upload, Path copy) implements ImportService.Source {

        @Override
        public InputStream open() throws IOException {
            return copy != null ? Files.newInputStream(copy) : upload.getInputStream();
        }

        void discard() {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    static List<Source> of(MultipartFile file, Budget budget) throws IOException {
        if (!isZip(file)) {
            budget.take(file.getSize());
            return List.of(new Source(file.getOriginalFilename(), file, null));
        }
        var sources = new ArrayList<Source>();
        try (var zip = new ZipInputStream(file.getInputStream())) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var name = entry.getName();
                var simple = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || simple.isEmpty() || simple.startsWith(".") || name.startsWith("__MACOSX")) {
                    continue;
                }
                var copy = Files.createTempFile("mashwara-import", ".part");
                sources.add(new Source(simple, null, copy));
                var limit = budget.largestNext();
                if (!copyAtMost(zip, copy, limit)) {
                    // Reading on would mean unpacking an entry of unknown size (a ZIP bomb looks like this)
                    throw new InvalidInputException("error.import.entryTooLarge", simple, limit / (1024 * 1024));
                }
                budget.take(Files.size(copy));
            }
        } catch (InvalidInputException e) {
            sources.forEach(Source::discard);
            throw e;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sources.forEach(Source::discard);
            throw new InvalidInputException("error.import.badZip", file.getOriginalFilename());
        } catch (IOException | RuntimeException e) {
            sources.forEach(Source::discard);
            throw e;
        }
        return sources;
    }

    private static boolean isZip(MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            var head = in.readNBytes(4);
            var zipMagic = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
            // A DOCX, XLSX, ODT or EPUB is a ZIP too; only a file named .zip is an archive of drafts
            return zipMagic && name.endsWith(".zip");
        }
    }

    /** Copies the entry if it is at most {@code maxBytes} long; false (and a partial copy) when it is longer. */
    private static boolean copyAtMost(InputStream in, Path target, long maxBytes) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int read; (read = in.read(buffer)) != -1;) {
                total += read;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }
}
