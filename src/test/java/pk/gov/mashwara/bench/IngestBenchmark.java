package pk.gov.mashwara.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import pk.gov.mashwara.search.index.IndexSchema;
import pk.gov.mashwara.search.index.IndexedText;
import pk.gov.mashwara.search.index.LuceneIndex;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.extraction.BenchmarkExtraction;

/**
 * Ingest throughput: the portal's extraction path (forked extractor processes, the portal's limits) followed by
 * the portal's indexing of one version (IndexSchema, its analyzers, commit and refresh per version), against raw
 * in-process Tika ({@code AutoDetectParser}, {@code BodyContentHandler(-1)}) followed by the same indexing, on
 * the same files. Part of {@link SearchBenchmark}'s run.
 */
public final class IngestBenchmark {

    private static final List<String> FORMATS = List.of("pdf", "epub", "html", "txt");

    private IngestBenchmark() {
    }

    record Side(String name, double seconds, double extractSeconds, double indexSeconds, long characters) {
        double docsPerSecond(int docs) {
            return docs / seconds;
        }
    }

    record Result(int documents, int distinctFiles, long bytes, Map<String, Integer> formats, Side pipeline, Side raw,
            String ocrLanguages, String workerHeap) {

        double mbPerSecond(Side side) {
            return bytes / 1e6 / side.seconds();
        }

        double ratio() {
            return pipeline.docsPerSecond(documents) / raw.docsPerSecond(documents);
        }
    }

    /** The files of the corpus's MANIFEST.tsv in the formats measured, repeated in turn up to {@code count}. */
    static Result run(Path corpus, int count) throws Exception {
        var files = new ArrayList<Path>();
        var formats = new TreeMap<String, Integer>();
        for (var line : Files.readAllLines(corpus.resolve("MANIFEST.tsv")).stream().skip(1).toList()) {
            var f = line.split("\t");
            if (f.length >= 3 && FORMATS.contains(f[2]) && Files.isRegularFile(corpus.resolve(f[0]))) {
                files.add(corpus.resolve(f[0]));
                formats.merge(f[2], 1, Integer::sum);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No PDF, EPUB, HTML or TXT files listed in " + corpus.resolve("MANIFEST.tsv"));
        }
        var inputs = new ArrayList<Path>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            inputs.add(files.get(i % files.size()));
            bytes += Files.size(inputs.getLast());
        }
        try (var extraction = new BenchmarkExtraction(1, classPath())) {
            // Warm-up: every distinct file once on both sides (the extractor process and this JVM both warm)
            pipeline(extraction, files);
            raw(files);
            var pipeline = pipeline(extraction, inputs);
            var raw = raw(inputs);
            return new Result(inputs.size(), files.size(), bytes, formats, pipeline, raw, extraction.ocrLanguages(),
                    extraction.workerHeap());
        }
    }

    private static Side pipeline(BenchmarkExtraction extraction, List<Path> inputs) throws Exception {
        return ingest("pipeline", inputs, (file, i) -> extraction.extract(file, "bench-" + i));
    }

    private static Side raw(List<Path> inputs) throws Exception {
        var parser = new AutoDetectParser();
        return ingest("raw", inputs, (file, i) -> {
            var handler = new BodyContentHandler(-1);
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, handler, new Metadata(), new ParseContext());
            }
            return handler.toString();
        });
    }

    @FunctionalInterface
    interface Extract {
        String text(Path file, int i) throws Exception;
    }

    /** Extracts and indexes each input as a version of its own, as the portal does when an extraction ends. */
    private static Side ingest(String name, List<Path> inputs, Extract extract) throws Exception {
        var dir = Files.createTempDirectory("mashwara-bench-ingest");
        long extractNanos = 0;
        long indexNanos = 0;
        long characters = 0;
        try (var index = new LuceneIndex(dir)) {
            index.switchTo(index.newGeneration());
            long start = System.nanoTime();
            for (int i = 0; i < inputs.size(); i++) {
                long t0 = System.nanoTime();
                var text = extract.text(inputs.get(i), i);
                long t1 = System.nanoTime();
                var snapshot = SearchBenchmark.snapshot(i);
                index.replaceVersion(i + 1, 1, IndexSchema.document(snapshot, snapshot.versions().getFirst(),
                        new IndexedText(text, ExtractionStatus.DONE, false)));
                long t2 = System.nanoTime();
                extractNanos += t1 - t0;
                indexNanos += t2 - t1;
                characters += text.length();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Side(name, seconds, extractNanos / 1e9, indexNanos / 1e9, characters);
        } finally {
            SearchBenchmark.deleteTree(dir);
        }
    }

    /**
     * The class path the extractor processes need. Run through {@code exec:java}, this JVM's own class path is
     * Maven's, and the benchmark's classes come from a class loader of their own: take its URLs.
     */
    public static String classPath() {
        var entries = new LinkedHashSet<String>();
        for (var loader = IngestBenchmark.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (var url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        entries.add(Path.of(java.net.URI.create(url.toString())).toString());
                    }
                }
            }
        }
        var own = System.getProperty("java.class.path");
        if (entries.isEmpty() || own.contains("target" + File.separator + "test-classes")) {
            return own;
        }
        return String.join(File.pathSeparator, entries);
    }

    static void report(StringBuilder out, Result r) {
        out.append(String.format(Locale.ROOT,
                "- Documents: %d (%d distinct files of the corpus, repeated in turn: %s), %.1f MB%n",
                r.documents(), r.distinctFiles(), r.formats(), r.bytes() / 1e6));
        out.append(String.format(Locale.ROOT,
                "- Pipeline: 1 extractor process (the portal's default), heap %s, the portal's limits, OCR languages: %s%n",
                r.workerHeap(), r.ocrLanguages().isEmpty() ? "none (tesseract absent or OCR off)" : r.ocrLanguages()));
        out.append("- Both sides index each version as the portal does after an extraction: IndexSchema's document and "
                + "analyzers, one commit and refresh per version\n\n");
        out.append("| Ingest | documents/s | MB/s | total s | extraction s | indexing s | characters |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (var side : List.of(r.pipeline(), r.raw())) {
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.1f | %.1f | %.1f | %d |%n",
                    side == r.pipeline() ? "Mashwara pipeline (forked extractor) + Lucene"
                            : "raw Tika in-process + Lucene",
                    side.docsPerSecond(r.documents()), r.mbPerSecond(side), side.seconds(), side.extractSeconds(),
                    side.indexSeconds(), side.characters()));
        }
        out.append(String.format(Locale.ROOT, "%nRatio pipeline ÷ raw: %.2f× (target ≥ 0.8×: %s)%n", r.ratio(),
                r.ratio() >= 0.8 ? "met" : "missed"));
    }
}
