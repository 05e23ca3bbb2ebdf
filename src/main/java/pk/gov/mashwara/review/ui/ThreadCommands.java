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
}
