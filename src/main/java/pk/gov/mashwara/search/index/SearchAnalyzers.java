package pk.gov.mashwara.search.index;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysers of the index fields. All three fold Arabic-script variants the same way, so that an Urdu
 * word typed on an Arabic keyboard matches whichever field the query reaches (and the highlighter, which works
 * on {@code body}, marks it). All three first mend words split by invisible characters or by hyphenation at a line
 * end ({@link SplitWordFilter}), with offsets corrected to the stored text.
 */
public final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    /** The analyser for every field, for the index writer and the query parser alike. */
    public static Analyzer perField() {
        var english = english();
        return new PerFieldAnalyzerWrapper(english,
                Map.of(IndexSchema.EXACT, exact(), IndexSchema.URDU, urdu(), IndexSchema.TITLE, english));
    }

    /** {@code body}: English words stemmed ("regulations" finds "regulation"), stop words dropped. */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = arabicScript(new LowerCaseFilter(stream));
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return arabicScript(new LowerCaseFilter(in));
            }
        };
    }

    /** {@code exact}: words as written (lower-cased), for exact phrases and prefixes of whole words. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                return new TokenStreamComponents(source, arabicScript(new LowerCaseFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return arabicScript(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * {@code urdu}: ICU word segmentation (which handles Arabic script better than the standard tokenizer),
     * Unicode folding (case, compatibility forms, diacritics), then the Arabic-script folding.
     */
    public static Analyzer urdu() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new ICUTokenizer();
                return new TokenStreamComponents(source, arabicScript(new ICUFoldingFilter(source)));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return new SplitWordFilter(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return arabicScript(new ICUFoldingFilter(in));
            }
        };
    }

    private static TokenStream arabicScript(TokenStream in) {
        return new UrduFoldingFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(in)));
    }
}
