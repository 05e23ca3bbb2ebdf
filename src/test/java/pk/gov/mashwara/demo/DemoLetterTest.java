package pk.gov.mashwara.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.directions.TimelineKind;

/**
 * The demonstration letter is the PMO's letter as transcribed: when the shared transcription
 * ({@code ../shared/docs/PMO-LETTER-2021.md}) is beside the repository, every row of its table of directions is
 * compared with the demo's, word for word; otherwise the embedded expectations below are.
 */
class DemoLetterTest {

    static final Path TRANSCRIPTION = Path.of("..", "shared", "docs", "PMO-LETTER-2021.md");

    /** Number, time line and "action by" of each direction, as the letter writes them. */
    static final List<List<String>> EXPECTED = List.of(List.of("1", "Immediate", "PMO"), List.of("2", "—", "—"),
            List.of("3", "Upon nominations from NSMCWG", "NSMCWG"), List.of("4", "Ongoing", "All Ministries/Divisions"),
            List.of("5", "Upon formation of NSMCWG", "All Ministries/Divisions"),
            List.of("6", "Upon formation of NSMCWG", "MoIT, MoIB, PTA, PEMRA, Law Division, Cabinet Division"),
            List.of("7", "Immediate", "NSA (lead) / relevant NSMCWG members"), List.of("B", "1 month", "Ministry of Law"));

    @Test
    void the_directions_are_those_of_the_transcription_word_for_word() throws IOException {
        assertThat(DemoLetter.DIRECTIONS).extracting(i -> List.of(i.label(), i.timelineText(), i.actionBy()))
                .containsExactlyElementsOf(EXPECTED);
        if (!Files.isRegularFile(TRANSCRIPTION)) {
            return;
        }
        var rows = new ArrayList<List<String>>();
        for (var line : Files.readAllLines(TRANSCRIPTION)) {
            var cells = line.split("\\|", -1);
            if (line.startsWith("| ") && cells.length == 6 && !cells[1].isBlank() && !cells[1].strip().equals("S.No")
                    && !cells[1].startsWith("---")) {
                rows.add(List.of(cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip()));
            }
        }
        assertThat(rows).hasSize(8);
        assertThat(DemoLetter.DIRECTIONS).extracting(i -> List.of(i.label(), i.text(), i.timelineText(), i.actionBy()))
                .containsExactlyElementsOf(rows);
        // the paragraphs are wrapped over lines in the transcription: compared with the line breaks read as spaces
        var text = Files.readString(TRANSCRIPTION).replace("\n", " ");
        assertThat(text).contains(DemoLetter.REFERENCE, "dated 04-10-2021", DemoLetter.SUBJECT, DemoLetter.OPENING,
                DemoLetter.PARAGRAPH_2);
    }

    @Test
    void the_time_lines_are_typed_as_written() {
        assertThat(DemoLetter.DIRECTIONS).extracting(i -> i.timeline().kind()).containsExactly(TimelineKind.IMMEDIATE,
                TimelineKind.NONE, TimelineKind.UPON_EVENT, TimelineKind.ONGOING, TimelineKind.UPON_EVENT,
                TimelineKind.UPON_EVENT, TimelineKind.IMMEDIATE, TimelineKind.WITHIN);
        assertThat(DemoLetter.DIRECTIONS).allSatisfy(i -> assertThat(i.timeline().describe().equals(i.timelineText())
                || i.timeline().kind() == TimelineKind.UPON_EVENT).isTrue());
    }
}
