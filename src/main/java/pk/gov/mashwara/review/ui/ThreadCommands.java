package pk.gov.mashwara.review.ui;

import java.util.List;

import pk.gov.mashwara.directory.MentionCandidate;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ThreadView;

/** What a thread card asks of the panel that shows it; each step returns the thread as it is afterwards. */
interface ThreadCommands {

    ThreadView reply(ThreadView thread, long parentId, String body);

    ThreadView edit(ThreadView thread, long commentId, String body);

    ThreadView retract(ThreadView thread, long commentId);

    ThreadView resolve(ThreadView thread, Resolution how, String reason);

    /** Resolves; accepting a suggestion with {@code acceptedWording} other than the proposed one: with changes. */
    default ThreadView resolve(ThreadView thread, Resolution how, String reason, String acceptedWording) {
        return resolve(thread, how, reason);
    }

    /** Files the thread under another category and/or severity. */
    default ThreadView classify(ThreadView thread, String category, pk.gov.mashwara.review.Severity severity) {
        throw new UnsupportedOperationException("classify");
    }

    /** The categories threads are filed under, to name a thread's and to choose another. */
    default List<pk.gov.mashwara.review.Category> categories() {
        return List.of();
    }

    ThreadView reopen(ThreadView thread, String reason);

    ThreadView share(ThreadView thread);

    /** Shows the thread's passage in the text. */
    void focus(ThreadView thread);

    /**
     * The thread's passage as the reader shows it, to quote on the card: without the running headers and footers it
     * spans when it is on the version shown; as stored otherwise.
     */
    String quote(ThreadView thread);

    List<MentionCandidate> mentionCandidates(String prefix, int limit);

    /** The response templates the user may insert when resolving. */
    default List<pk.gov.mashwara.review.ResponseTemplateView> templates() {
        return List.of();
    }

    /** The template's text with its variables filled for the thread. */
    default String fill(pk.gov.mashwara.review.ResponseTemplateView template, ThreadView thread) {
        return template.body();
    }
}
