package pk.gov.mashwara.review.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelocatorTest {

    private static final String S1 = "1. Short title and commencement. This Act may be called the Public Consultation "
            + "Act, 2026. It shall come into force at once.\n";
    private static final String S2 = "2. Definitions. In this Act, unless there is anything repugnant in the subject "
            + "or context, the Committee means the committee constituted under section 3.\n";
    private static final String S3 = "3. Constitution of the Committee. The Federal Government shall, by notification "
            + "in the official Gazette, constitute a Committee consisting of seven members.\n";
    private static final String S4 = "4. Functions. The Committee shall review every draft placed before it and shall "
            + "record its views within thirty days.\n";
    private static final String TEXT = S1 + S2 + S3 + S4;

    private static TextAnchor anchor(String text, String quote) {
        int start = text.indexOf(quote);
        assertThat(text.indexOf(quote, start + 1)).as("test quote must be unique").isNegative();
        return TextAnchor.at(text, start, start + quote.length());
    }

    /** The same clause in two sections, the second one indented differently, as extracted texts often have it. */
    private static final String TWINS = S1 + "5. Appeals. Any person aggrieved by a decision may appeal to the "
            + "Tribunal\nwithin thirty days of the decision, and the Tribunal shall decide the appeal within sixty days.\n"
            + S2 + "9. Appeals against penalties. Any person aggrieved by a decision may appeal to the Tribunal\n"
            + "      within thirty days of the decision, and the Tribunal shall decide the appeal within sixty days.\n" + S4;

    @Test
    void a_passage_edited_away_does_not_move_to_its_twin_elsewhere() {
        var quote = "within thirty days of the decision, and the Tribunal shall decide";
        var start = TWINS.indexOf(quote);
        var anchor = TextAnchor.at(TWINS, start, start + quote.length());
        // section 5's appeal clause is rewritten; section 9's twin of it stays as it was
        var next = TWINS.replaceFirst("within thirty days of the decision, and the Tribunal shall decide the appeal",
                "before the Appellate Board, which hears it in public and rules on it");

        var relocation = Relocator.relocate(anchor, next, TWINS);

        assertThat(relocation.placement()).as("the twin in section 9 was there before: it is another passage")
                .isEqualTo(Placement.OUTDATED);
    }

    @Test
    void a_passage_with_a_twin_that_only_moved_keeps_its_thread() {
        var quote = "within thirty days of the decision, and the Tribunal shall decide";
        var start = TWINS.indexOf(quote);
        var anchor = TextAnchor.at(TWINS, start, start + quote.length());
        var next = "Preamble. Whereas appeals should be heard quickly;\n" + TWINS;

        var relocation = Relocator.relocate(anchor, next, TWINS);

        assertThat(relocation.placement()).isNotEqualTo(Placement.OUTDATED);
        assertThat(relocation.anchor().start()).as("section 5's clause, not section 9's").isEqualTo(next.indexOf(quote));
    }

    @Test
    void a_lightly_edited_heading_among_many_underlined_ones_is_followed() {
        var text = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            text.append(i).append(". Part ").append(i).append("\n").append("-".repeat(40)).append("\n\n")
                    .append("Text of part ").append(i).append(" on matters numbered ").append(i * 7).append(".\n\n");
        }
        var old = text.toString();
        var quote = "57. Part 57\n" + "-".repeat(40) + "\n\nText of part 57";
        int start = old.indexOf(quote);
        var anchor = TextAnchor.at(old, start, start + quote.length());
        var next = "Preface.\n\n" + old.replace("Text of part 57 on", "Text of Part 57 on");

        var relocation = Relocator.relocate(anchor, next, old);

        assertThat(relocation.placement()).as("the underlines elsewhere must not outvote it").isEqualTo(Placement.MOVED);
        assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("57. Part 57"));
    }

    @Test
    void an_unchanged_text_gives_the_same_anchor() {
        var anchor = anchor(TEXT, "constitute a Committee consisting of seven members");

        var relocation = Relocator.relocate(anchor, TEXT);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor()).isEqualTo(anchor);
        assertThat(relocation.confidence()).isEqualTo(1.0);
    }

    @Test
    void text_added_before_the_passage_shifts_it() {
        var anchor = anchor(TEXT, "record its views within thirty days");
        String next = "Preamble. Whereas it is expedient to consult the public on draft laws;\n" + TEXT;

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("record its views"));
        assertThat(relocation.anchor().matches(next)).isTrue();
    }

    @Test
    void a_moved_paragraph_is_found_in_its_new_place() {
        var anchor = anchor(TEXT, "by notification in the official Gazette");
        String next = S1 + S2 + S4 + S3;

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("by notification"));
        assertThat(relocation.anchor().prefix()).isEqualTo(anchor.prefix());
    }

    @Test
    void a_passage_with_new_neighbours_on_one_side_and_far_away_is_not_guessed() {
        // moved to the end, the passage has lost its old suffix: so would a repeat of it elsewhere
        var anchor = anchor(TEXT, "constitute a Committee consisting of seven members");
        String next = S1 + S2 + S4 + S3;

        assertThat(Relocator.relocate(anchor, next).placement()).isEqualTo(Placement.OUTDATED);
    }

    @Test
    void an_edited_word_inside_the_quote_is_followed_and_marked_moved() {
        var anchor = anchor(TEXT, "constitute a Committee consisting of seven members");
        String next = TEXT.replace("of seven members", "of nine members");

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.MOVED);
        assertThat(relocation.anchor().exact()).isEqualTo("constitute a Committee consisting of nine members");
        assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("constitute a Committee"));
        assertThat(relocation.anchor().prefix()).isEqualTo(anchor.prefix());
        assertThat(relocation.confidence()).isBetween(0.7, 1.0);
    }

    @Test
    void a_deleted_passage_is_outdated() {
        var anchor = anchor(TEXT, "shall record its views within thirty days");
        String next = S1 + S2 + S3 + "4. Functions. The Committee shall review every draft placed before it.\n";

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.OUTDATED);
        assertThat(relocation.anchor()).isNull();
        assertThat(relocation.confidence()).isZero();
    }

    @Test
    void a_look_alike_elsewhere_does_not_stand_in_for_a_deleted_passage() {
        String rules = "10. Rules. The Federal Government may, by notification, make rules under this Act.\n";
        String other = "12. Provincial rules. The Provincial Government may, by notification, make rules for its "
                + "departments.\n";
        String text = TEXT + rules + "11. Repeal. The Ordinance of 1961 is hereby repealed.\n" + other;
        var anchor = anchor(text, "The Federal Government may, by notification, make rules");

        var relocation = Relocator.relocate(anchor, TEXT + "11. Repeal. The Ordinance of 1961 is hereby repealed.\n"
                + other);

        assertThat(relocation.placement()).isEqualTo(Placement.OUTDATED);
    }

    @Test
    void a_repeated_quote_is_told_apart_by_its_context() {
        String urgent = "5. Urgent cases. In urgent cases the Chairman may call a meeting, and the Committee shall "
                + "decide by majority of those present.\n";
        String provinces = "6. Provinces. When a draft concerns a province, its Chief Secretary is heard, and the "
                + "Committee shall decide by majority of those present.\n";
        String text = TEXT + urgent + provinces;
        int start = text.lastIndexOf("the Committee shall decide by majority");
        var anchor = TextAnchor.at(text, start, start + "the Committee shall decide by majority".length());
        // the two sections swap places: the other occurrence now stands where the anchored one stood
        String next = TEXT + provinces + urgent;

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("the Committee shall decide by majority"));
        assertThat(relocation.anchor().prefix()).endsWith("Secretary is heard, and ");
    }

    @Test
    void identical_repeats_are_decided_by_nearness_to_the_old_position() {
        String block = "The members shall elect a chairperson from among themselves for a term of two years. ";
        String text = S1 + block + S2 + block + S3 + block + S4;
        int second = text.indexOf(block, text.indexOf(block) + 1);
        var anchor = TextAnchor.at(text, second + 4, second + 40);
        String next = "Preface. " + text;

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(second + 4 + "Preface. ".length());
    }

    @Test
    void an_edited_repeat_is_never_mistaken_for_its_intact_twin() {
        String block = "The members shall elect a chairperson from among themselves for a term of two years. ";
        String text = S1 + block + S2 + S3 + S4 + block;
        int first = text.indexOf(block);
        var anchor = TextAnchor.at(text, first, first + block.length() - 1);
        String next = text.replaceFirst("for a term of two years", "for a term of three years");

        var relocation = Relocator.relocate(anchor, next);

        // the intact twin at the end has the same quote but stands far from the old position: never taken
        if (relocation.placement() != Placement.OUTDATED) {
            assertThat(relocation.anchor().start()).isEqualTo(next.indexOf("The members shall"));
            assertThat(relocation.anchor().exact()).contains("three years");
        }
    }

    @Test
    void changed_spacing_and_line_breaks_are_followed() {
        var anchor = anchor(TEXT, "constitute a Committee consisting of seven members.\n4. Functions. The Committee");
        String next = TEXT.replace("consisting of seven members.\n4. Functions.",
                "consisting of\nseven  members.\r\n\r\n4.\tFunctions.");

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.MOVED);
        assertThat(relocation.anchor().exact())
                .isEqualTo("constitute a Committee consisting of\nseven  members.\r\n\r\n4.\tFunctions. The Committee");
        assertThat(relocation.confidence()).isEqualTo(1.0);
    }

    @Test
    void urdu_text_is_relocated_exactly_and_after_an_edit() {
        String urdu = "۱۔ مختصر عنوان۔ اس ایکٹ کو عوامی مشاورت ایکٹ ۲۰۲۶ کہا جائے گا۔\n"
                + "۲۔ کمیٹی کے فرائض۔ کمیٹی ہر مسودے کا جائزہ لے گی اور تیس دن کے اندر اپنی رائے درج کرے گی۔\n"
                + "۳۔ قواعد۔ وفاقی حکومت سرکاری گزٹ میں اعلان کے ذریعے قواعد بنا سکے گی۔\n";
        var anchor = anchor(urdu, "تیس دن کے اندر اپنی رائے درج کرے گی");

        var moved = Relocator.relocate(anchor, "دیباچہ۔\n" + urdu);
        String edited = urdu.replace("تیس دن", "چالیس دن");
        var reworded = Relocator.relocate(anchor, edited);

        assertThat(moved.placement()).isEqualTo(Placement.EXACT);
        assertThat(moved.anchor().exact()).isEqualTo(anchor.exact());
        assertThat(reworded.placement()).isEqualTo(Placement.MOVED);
        assertThat(reworded.anchor().exact()).isEqualTo("چالیس دن کے اندر اپنی رائے درج کرے گی");
        assertThat(reworded.anchor().start()).isEqualTo(edited.indexOf("چالیس"));
    }

    @Test
    void surrogate_pairs_are_never_split() {
        String text = S1 + "Approved by the Committee 📜 with the seal of the Ministry of Law ✅ on the first day. "
                + S2;
        var anchor = anchor(text, "the Committee 📜 with the seal of the Ministry of Law ✅");
        String next = text.replace("📜", "🎉").replace("✅", "🇵🇰");

        var relocation = Relocator.relocate(anchor, next);

        assertThat(relocation.placement()).isEqualTo(Placement.MOVED);
        assertThat(relocation.anchor().exact()).isEqualTo("the Committee 🎉 with the seal of the Ministry of Law 🇵🇰");
        for (int edge : new int[] {relocation.anchor().start(), relocation.anchor().end()}) {
            assertThat(Character.isLowSurrogate(next.charAt(edge)) && Character.isHighSurrogate(next.charAt(edge - 1)))
                    .as("pair split at %d", edge).isFalse();
        }
    }

    @Test
    void short_quotes_are_only_matched_exactly() {
        var anchor = anchor(TEXT, "seven");

        assertThat(Relocator.relocate(anchor, "Preface. " + TEXT).placement()).isEqualTo(Placement.EXACT);
        assertThat(Relocator.relocate(anchor, TEXT.replace("seven", "sevan")).placement())
                .isEqualTo(Placement.OUTDATED);
    }

    @Test
    void empty_or_missing_text_is_outdated() {
        var anchor = anchor(TEXT, "seven members");

        assertThat(Relocator.relocate(anchor, "").placement()).isEqualTo(Placement.OUTDATED);
        assertThat(Relocator.relocate(anchor, null).placement()).isEqualTo(Placement.OUTDATED);
        assertThat(Relocator.relocate(anchor, "   \n ").placement()).isEqualTo(Placement.OUTDATED);
        assertThat(Relocator.relocate(anchor, "seven").placement()).isEqualTo(Placement.OUTDATED);
    }

    @Test
    void knowing_the_old_text_a_unique_quote_keeps_its_thread_when_its_neighbours_change() {
        var before = "Rule 3. Every platform shall publish the officer's name.\n\nRule 4. Complaints are answered in a week.\n";
        var after = "Rule 3. Every platform shall publish the officer's name and address.\n\nRule 4. Complaints are answered in two days.\n";
        var anchor = anchor(before, "publish the officer's name");

        var relocation = Relocator.relocate(anchor, after, before);

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(after.indexOf("publish the officer's name"));
        assertThat(Relocator.relocate(anchor(TEXT, "constitute a Committee consisting of seven members"),
                S1 + S2 + S4 + S3, TEXT).placement()).as("moved paragraph, quote unique before and after")
                .isEqualTo(Placement.EXACT);
    }
}
