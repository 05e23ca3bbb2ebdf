package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Real Urdu text (the shared corpus, {@code ../shared/corpus/urdu}; skipped without it): for every text, its most
 * frequent word that has ی, ک or ہ, typed as an Arabic keyboard types it, finds that text with a mark.
 */
class UrduCorpusIT {

    static final Path URDU = Path.of("..", "shared", "corpus", "urdu");

    @TempDir
    Path dir;

    @Test
    void words_typed_with_arabic_keyboard_letters_find_the_urdu_texts() throws Exception {
        assumeTrue(Files.isDirectory(URDU), "no shared corpus");
        List<Path> files;
        try (var list = Files.list(URDU)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no Urdu texts in the shared corpus");
        var source = new InMemorySource();
        var words = new HashMap<Long, String>();
        long id = 1;
        for (var file : files) {
            var text = Files.readString(file, StandardCharsets.UTF_8);
            source.draft(id, file.getFileName().toString(), 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED, text);
            words.put(id, mostFrequentUrduWord(text));
            id++;
        }
        try (var support = new IndexTestSupport(dir, source).started()) {
            var failures = new ArrayList<String>();
            for (var entry : words.entrySet()) {
                var typed = arabicKeyboard(entry.getValue());
                assertThat(typed).isNotEqualTo(entry.getValue());
                var result = support.search.search(new SearchQuery(typed, null, null, null, null, false, 0, 50),
                        IndexSearchTest.EVERYTHING);
                var hit = result.hits().stream().filter(h -> h.draftId() == entry.getKey()).findFirst();
                if (hit.isEmpty() || !hit.map(SearchHit::snippetHtml).orElseThrow().contains("<mark>")) {
                    failures.add(entry.getValue() + " typed as " + typed);
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    private static String mostFrequentUrduWord(String text) {
        Map<String, Long> counts = java.util.Arrays.stream(text.split("[\\s\\p{Punct}،۔؟\"'«»()]+"))
                .filter(w -> w.length() >= 4 && w.chars().allMatch(c -> c >= 0x0600 && c <= 0x06FF))
                .filter(w -> w.indexOf('ی') >= 0 || w.indexOf('ک') >= 0 || w.indexOf('ہ') >= 0)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** What an Arabic keyboard produces for Urdu letters it does not have. */
    private static String arabicKeyboard(String urdu) {
        return urdu.replace('ی', 'ي').replace('ک', 'ك').replace('ہ', 'ه').replace('ے', 'ي').replace('ھ', 'ه');
    }
}
