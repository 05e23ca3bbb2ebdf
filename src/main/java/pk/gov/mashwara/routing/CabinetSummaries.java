package pk.gov.mashwara.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.shared.Messages;

/**
 * What the summary for the Cabinet says, composed from the draft's record in the order the Cabinet Division's
 * instructions give: background, the proposal, financial implications, the views of the divisions consulted, the
 * NSMCWG's input, the decision sought. In English, the Cabinet's working language, whatever the reader's.
 */
final class CabinetSummaries {

    /** A consulted division's view as the summary reports it, with how an objection was dealt with, if it was. */
    record View(String step, String division, String view, String text, String uoNumber, LocalDate uoDate,
            String designation, boolean onBehalf, LocalDate receivedOn, Instant dueAt, String resolution,
            String outcome, String sponsorReply) {
    }

    /**
     * The NSMCWG's cleared input: the covering note and the text (sanitised HTML), or for a clearance given before
     * the input was a document, the plain text cleared ({@code legacy}); who cleared it and when.
     */
    record Input(String coveringNote, String html, String legacy, String clearedBy, Instant clearedAt) {
    }

    private static final Locale EN = Locale.ENGLISH;

    private CabinetSummaries() {
    }

    static CabinetSummaryDocx.Summary summary(DraftDetails draft, Consultation step, List<View> views,
            CommitteeInfo committee, CommitteeInfo sponsor, Input input, Clock clock) {
        var diary = draft.diaryNumber() == null ? "—" : draft.diaryNumber();
        var file = draft.fileNumber() == null ? "—" : draft.fileNumber();
        var classification = Messages.get(EN, "classification." + draft.classification()).toUpperCase(EN);
        var cclc = step.getStep().startsWith("cclc");
        var body = cclc ? "the Cabinet Committee for Disposal of Legislative Cases" : "the Federal Cabinet";
        var kind = Messages.get(EN, "draftKind." + draft.kind());
        var paragraphs = new ArrayList<CabinetSummaryDocx.Paragraph>();

        var regulator = sponsor.id() != committee.id();
        paragraphs.add(paragraph("Background", "The " + committee.name() + " has prepared the draft “" + draft.title()
                + "” (" + lower(kind) + ") under " + draft.legalBasis() + "."
                + (regulator ? " The " + committee.name() + " is administratively attached to the " + sponsor.name()
                        + ", which sponsors the case." : "")
                + " The draft was reviewed by the National Social Media Coordination Working Group (NSMCWG) under "
                + "diary No. " + diary + "; the " + committee.name() + "'s file number is " + sentence(file)));

        var latest = draft.latest();
        paragraphs.add(paragraph("The proposal", "It is proposed that " + body + " approve the draft “"
                + draft.title() + "” as it stands in its version " + latest.number() + " (" + latest.fileName()
                + "), placed at Annex-I."));

        var finance = views.stream().filter(v -> v.step().startsWith("finance")).findFirst();
        String money;
        if (!draft.financialImplications()) {
            money = "The proposal has no financial implications.";
        } else if (finance.isPresent() && finance.get().view() != null) {
            var v = finance.get();
            money = "The proposal has financial implications. The " + v.division() + " has given its view ("
                    + viewLabel(v.view()) + ") " + reference(v) + ": " + text(v.text());
        } else {
            money = "The proposal has financial implications; the Finance Division's view is awaited.";
        }
        paragraphs.add(paragraph("Financial implications", money));

        var items = views.stream().map(CabinetSummaries::viewItem).toList();
        paragraphs.add(new CabinetSummaryDocx.Paragraph("Views of the Ministries and Divisions consulted",
                items.isEmpty() ? "No Ministry or Division has been consulted." : "The Ministries and Divisions "
                        + "concerned were consulted under Rule 14 of the Rules of Business, 1973; their views are:",
                items, List.of()));

        paragraphs.add(inputParagraph(input));

        paragraphs.add(paragraph("Decision sought", "The " + sponsor.name() + " requests " + body
                + " to approve the draft “" + draft.title() + "” at Annex-I, as proposed in paragraph 2."));

        var header = List.of(classification, "NSMCWG Diary No. " + diary + "   |   " + file);
        var today = InputLetters.DATE.format(clock.instant());
        var signature = List.of("Secretary", sponsor.name(), "Islamabad, " + today);
        return new CabinetSummaryDocx.Summary(header,
                cclc ? "SUMMARY FOR THE CABINET COMMITTEE FOR DISPOSAL OF LEGISLATIVE CASES"
                        : "SUMMARY FOR THE CABINET",
                draft.title(), paragraphs, signature);
    }

    private static CabinetSummaryDocx.Paragraph inputParagraph(Input input) {
        if (input == null) {
            return paragraph("Input of the NSMCWG", "The NSMCWG has not cleared its input on the draft.");
        }
        var quoted = new ArrayList<String>();
        for (var line : input.coveringNote().split("\\n\\s*\\n|\\n")) {
            if (!line.isBlank()) {
                quoted.add(line.strip());
            }
        }
        if (input.html() != null) {
            for (var block : InputLetters.blocks(input.html())) {
                var text = block.runs().stream().map(r -> r.text()).collect(Collectors.joining()).strip();
                if (text.isEmpty()) {
                    continue;
                }
                quoted.add(switch (block.kind()) {
                    case BULLET -> "•  " + text;
                    case NUMBERED -> block.marker() + ".  " + text;
                    default -> text;
                });
            }
        } else if (input.legacy() != null) {
            for (var line : input.legacy().split("\\n\\s*\\n")) {
                if (!line.isBlank()) {
                    quoted.add(line.strip());
                }
            }
        }
        return new CabinetSummaryDocx.Paragraph("Input of the NSMCWG", "The NSMCWG's input on the draft, cleared by "
                + input.clearedBy() + " on " + InputLetters.DATE.format(input.clearedAt()) + ", reads:", List.of(),
                quoted);
    }

    private static String viewItem(View v) {
        if (v.view() == null) {
            return v.division() + ": the view is awaited" + (v.dueAt() == null ? "." : " (due on "
                    + InputLetters.DATE.format(v.dueAt()) + ").");
        }
        var item = new StringBuilder(v.division()).append(" (").append(viewLabel(v.view())).append("), ")
                .append(reference(v)).append(": ").append(text(v.text()));
        if (v.onBehalf()) {
            item.append(" (Recorded on behalf of the ").append(v.division()).append(", received on ")
                    .append(v.receivedOn() == null ? "—" : format(v.receivedOn())).append(".)");
        }
        if ("SECRETARIES_MEETING".equals(v.resolution()) && v.outcome() != null) {
            item.append(" The objection was considered in a meeting of the Secretaries concerned (Rule 9): ")
                    .append(text(v.outcome()));
        } else if ("CABINET".equals(v.resolution()) && v.sponsorReply() != null) {
            item.append(" The sponsoring Division's reply, placed beside the objection: ").append(text(v.sponsorReply()));
        }
        return item.toString();
    }

    /** "vide U.O. No. … dated dd/MM/yyyy, signed by the …" as far as the note was recorded. */
    private static String reference(View v) {
        var ref = new StringBuilder("vide ").append(RoutingView.Note.reference(v.uoNumber()));
        if (v.uoDate() != null) {
            ref.append(" dated ").append(format(v.uoDate()));
        }
        if (v.designation() != null && !v.designation().isBlank()) {
            ref.append(", signed by the ").append(v.designation());
        }
        return ref.toString();
    }

    private static String viewLabel(String view) {
        return lower(Messages.get(EN, "routing.view." + view.toUpperCase(Locale.ROOT).replace('-', '_')));
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? "no further remarks." : sentence(text);
    }

    /** The text closed with a full stop, unless it ends with one already (a file number may). */
    private static String sentence(String text) {
        var t = text.strip();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    private static String format(LocalDate date) {
        return InputLetters.DATE.format(date.atStartOfDay(java.time.ZoneId.of("Asia/Karachi")));
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static CabinetSummaryDocx.Paragraph paragraph(String title, String text) {
        return new CabinetSummaryDocx.Paragraph(title, text, List.of(), List.of());
    }
}
