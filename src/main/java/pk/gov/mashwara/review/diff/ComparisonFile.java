package pk.gov.mashwara.review.diff;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.Counts;
import pk.gov.mashwara.review.Comparison.Passage;
import pk.gov.mashwara.review.Comparison.Precision;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.Comparison.RowKind;
import pk.gov.mashwara.review.Comparison.Segment;

/**
 * A finished comparison on disk, so that its rows can be read a page at a time without comparing again or holding
 * the texts. Versions never change, so a comparison of two of them stays true as long as their texts do.
 * <p>
 * Layout: the rows' texts and segments first, in row order; then a table of one fixed-size entry per row (its kind,
 * both passages' paragraph and offsets, where its texts begin); then the first row of each place where the texts
 * differ; then the counts and precision; last, where that header begins and a mark that the file is whole. A file
 * without the mark (a write cut short) is not a comparison. An open file is read by one thread at a time.
 */
public final class ComparisonFile implements Closeable {

    private static final int MAGIC = 0x4D444946; // "MDIF"
    private static final int FORMAT = 2;
    /**
     * kind, flags (word level, each side's paragraph reflowed), six ints (paragraph, start and end of each side),
     * where the row's data begins.
     */
    static final int ENTRY_BYTES = 1 + 1 + 6 * Integer.BYTES + Long.BYTES;
    private static final int WORD_LEVEL = 1;
    private static final int FROM_REFLOWED = 2;
    private static final int TO_REFLOWED = 4;
    private static final int FOOTER_BYTES = Long.BYTES + Integer.BYTES;
    private static final RowKind[] KINDS = RowKind.values();
    private static final Change[] CHANGES = Change.values();

    /** The whole comparison's facts, as the file's header keeps them. */
    public record Header(Counts counts, Precision precision, int rowCount, int[] placeStarts) {

        public int places() {
            return placeStarts.length;
        }
    }

    /** Where one row lies in both texts, without its text: enough to decide whether it is worth showing. */
    public record Entry(int index, RowKind kind, int fromStart, int fromEnd, int toStart, int toEnd) {

        /** Whether the row's paragraph on the given side touches {@code [start, end)} of that side's text. */
        public boolean touches(boolean fromSide, int start, int end) {
            int s = fromSide ? fromStart : toStart;
            int e = fromSide ? fromEnd : toEnd;
            return s >= 0 && (start < e && end > s || start == end && start >= s && start <= e);
        }
    }

    private final FileChannel channel;
    private final Header header;
    private final long tableAt;

    private ComparisonFile(FileChannel channel, Header header, long tableAt) {
        this.channel = channel;
        this.header = header;
        this.tableAt = tableAt;
    }

    /**
     * Compares the two texts into {@code file} (replacing it), through a temporary file beside it that becomes the
     * file only once whole.
     *
     * @param textLimit 0 when the texts are whole; otherwise the characters each was cut to before it came here
     */
    public static Header write(Path file, String from, String to, int textLimit) throws IOException {
        // a name of its own, so that two comparisons of the same pair at once never write into one file
        var partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try (var writer = new Writer(partial)) {
            var summary = TextDiff.compare(from, to, writer);
            writer.finish(new TextDiff.Summary(summary.counts(),
                    textLimit > 0 ? summary.precision().cutAt(textLimit) : summary.precision()));
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return writer.header;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Opens a comparison written by {@link #write}; throws when the file is not a whole comparison. */
    public static ComparisonFile open(Path file) throws IOException {
        var channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < FOOTER_BYTES) {
                throw new IOException("not a comparison: " + file.getFileName());
            }
            var footer = ByteBuffer.allocate(FOOTER_BYTES);
            channel.read(footer, size - FOOTER_BYTES);
            footer.flip();
            long headerAt = footer.getLong();
            if (footer.getInt() != MAGIC || headerAt < 0 || headerAt > size - FOOTER_BYTES) {
                throw new IOException("not a whole comparison: " + file.getFileName());
            }
            var in = new DataInputStream(new BufferedInputStream(
                    Channels.newInputStream(channel.position(headerAt)), 8192));
            if (in.readInt() != FORMAT) {
                throw new IOException("a comparison of another format: " + file.getFileName());
            }
            var counts = new Counts(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            var precision = new Precision(in.readBoolean(), in.readInt(), in.readInt(), in.readInt());
            int rows = in.readInt();
            long tableAt = in.readLong();
            var places = new int[in.readInt()];
            for (int i = 0; i < places.length; i++) {
                places[i] = in.readInt();
            }
            return new ComparisonFile(channel, new Header(counts, precision, rows, places), tableAt);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Header header() {
        return header;
    }

    /** The entries of rows {@code [from, to)} in order, handed to {@code each} one by one; stops when it returns false. */
    public void scan(int from, int to, java.util.function.Predicate<Entry> each) throws IOException {
        int end = Math.min(to, header.rowCount());
        if (from >= end) {
            return;
        }
        var in = new DataInputStream(new BufferedInputStream(
                Channels.newInputStream(channel.position(tableAt + (long) from * ENTRY_BYTES)), 64 * 1024));
        for (int i = from; i < end; i++) {
            var kind = KINDS[in.readByte()];
            in.readByte();
            in.readInt();
            int fromStart = in.readInt();
            int fromEnd = in.readInt();
            in.readInt();
            int toStart = in.readInt();
            int toEnd = in.readInt();
            in.readLong();
            if (!each.test(new Entry(i, kind, fromStart, fromEnd, toStart, toEnd))) {
                return;
            }
        }
    }

    /** The rows at the given indexes (ascending), with their texts. */
    public List<Row> rows(int[] indexes) throws IOException {
        var rows = new ArrayList<Row>(indexes.length);
        var entry = ByteBuffer.allocate(ENTRY_BYTES);
        for (int index : indexes) {
            if (index < 0 || index >= header.rowCount()) {
                throw new IndexOutOfBoundsException(index);
            }
            entry.clear();
            readFully(entry, tableAt + (long) index * ENTRY_BYTES);
            entry.flip();
            var kind = KINDS[entry.get()];
            int flags = entry.get();
            boolean wordLevel = (flags & WORD_LEVEL) != 0;
            int fromParagraph = entry.getInt();
            int fromStart = entry.getInt();
            int fromEnd = entry.getInt();
            int toParagraph = entry.getInt();
            int toStart = entry.getInt();
            int toEnd = entry.getInt();
            long dataAt = entry.getLong();
            var in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel.position(dataAt)), 8192));
            String fromText = readText(in);
            int toFlag = in.readByte();
            String toText = toFlag == 2 ? fromText : toFlag == 1 ? readText(in) : null;
            var segments = new Segment[in.readInt()];
            for (int s = 0; s < segments.length; s++) {
                segments[s] = new Segment(CHANGES[in.readByte()], readText(in));
            }
            rows.add(new Row(index, kind,
                    fromText == null ? null
                            : new Passage(fromParagraph, fromStart, fromEnd, fromText, (flags & FROM_REFLOWED) != 0),
                    toText == null ? null : new Passage(toParagraph, toStart, toEnd, toText, (flags & TO_REFLOWED) != 0),
                    Arrays.asList(segments), wordLevel));
        }
        return rows;
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("a comparison cut short");
            }
            position += read;
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Takes the rows as the comparison finds them: their texts go to the file at once, their entries wait in memory. */
    private static final class Writer implements Consumer<Row>, Closeable {

        private final FileChannel channel;
        private final DataOutputStream out;
        private long written;
        private ByteBuffer table = ByteBuffer.allocate(ENTRY_BYTES * 256);
        private int rows;
        private int[] places = new int[16];
        private int placeCount;
        private RowKind previous = RowKind.UNCHANGED;
        private Header header;

        Writer(Path file) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024) {
                @Override
                public synchronized void write(byte[] b, int off, int len) throws IOException {
                    super.write(b, off, len);
                    written += len;
                }

                @Override
                public synchronized void write(int b) throws IOException {
                    super.write(b);
                    written++;
                }
            });
        }

        @Override
        public void accept(Row row) {
            try {
                if (row.kind() != RowKind.UNCHANGED && previous == RowKind.UNCHANGED) {
                    if (placeCount == places.length) {
                        places = Arrays.copyOf(places, places.length * 2);
                    }
                    places[placeCount++] = rows;
                }
                previous = row.kind();
                if (table.remaining() < ENTRY_BYTES) {
                    table = ByteBuffer.allocate(table.capacity() * 2).put(table.flip());
                }
                int flags = (row.wordLevel() ? WORD_LEVEL : 0)
                        | (row.from() != null && row.from().reflowed() ? FROM_REFLOWED : 0)
                        | (row.to() != null && row.to().reflowed() ? TO_REFLOWED : 0);
                table.put((byte) row.kind().ordinal()).put((byte) flags);
                putPassage(row.from());
                putPassage(row.to());
                table.putLong(written);
                writeText(row.from() == null ? null : row.from().text());
                if (row.to() == null) {
                    out.writeByte(0);
                } else if (row.from() != null && row.from().text().equals(row.to().text())) {
                    out.writeByte(2);
                } else {
                    out.writeByte(1);
                    writeText(row.to().text());
                }
                out.writeInt(row.segments().size());
                for (var segment : row.segments()) {
                    out.writeByte(segment.change().ordinal());
                    writeText(segment.text());
                }
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void putPassage(Passage passage) {
            if (passage == null) {
                table.putInt(-1).putInt(-1).putInt(-1);
            } else {
                table.putInt(passage.paragraph()).putInt(passage.start()).putInt(passage.end());
            }
        }

        private void writeText(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        void finish(TextDiff.Summary summary) throws IOException {
            long tableAt = written;
            table.flip();
            out.write(table.array(), 0, table.limit());
            table = null;
            long headerAt = written;
            var counts = summary.counts();
            var precision = summary.precision();
            out.writeInt(FORMAT);
            for (int n : new int[] { counts.paragraphsAdded(), counts.paragraphsRemoved(), counts.paragraphsChanged(),
                    counts.paragraphsUnchanged(), counts.wordsAdded(), counts.wordsRemoved() }) {
                out.writeInt(n);
            }
            out.writeBoolean(precision.approximateAlignment());
            out.writeInt(precision.paragraphsWithoutWordDetail());
            out.writeInt(precision.textLimit());
            out.writeInt(precision.differenceLimit());
            out.writeInt(rows);
            out.writeLong(tableAt);
            out.writeInt(placeCount);
            for (int i = 0; i < placeCount; i++) {
                out.writeInt(places[i]);
            }
            out.writeLong(headerAt);
            out.writeInt(MAGIC);
            out.flush();
            channel.force(true);
            header = new Header(counts, precision, rows, Arrays.copyOf(places, placeCount));
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
