package pk.gov.mashwara.desk;

import java.time.Instant;
import java.util.List;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;

/**
 * One thing on a user's desk: a draft and what the user is to do with it.
 *
 * @param kind        {@link Kind#ACT} when the draft's current step waits for the user, {@link Kind#COMMENT} when
 *                    it is open for the NSMCWG's comments and the user is a member
 * @param actions     the actions due from the user (for a draft open for comments: {@code comment})
 * @param since       when the draft entered its current step (for comments: when the review window was set, else
 *                    when the draft was submitted)
 * @param deadline    when the step (or the review window) ends; null when it has none
 * @param daysOverdue whole days past the deadline, 0 when not overdue
 * @param review      for a draft open for comments: its review deadline and what is new since the user last
 *                    looked; null for the others
 * @param priority    the draft's priority mark
 * @param fileNumber  the committee's file number, or null
 */
public record DeskItem(Kind kind, long draftId, String title, String diaryNumber, String committeeCode,
        DraftStatus status, String stateTitle, List<DueAction> actions, Instant since, Instant deadline,
        boolean overdue, long daysOverdue, ReviewNews review, Priority priority, String fileNumber) {

    public DeskItem {
        actions = List.copyOf(actions);
        priority = priority == null ? Priority.ROUTINE : priority;
    }

    /** An item about a routine draft without a file number. */
    public DeskItem(Kind kind, long draftId, String title, String diaryNumber, String committeeCode,
            DraftStatus status, String stateTitle, List<DueAction> actions, Instant since, Instant deadline,
            boolean overdue, long daysOverdue, ReviewNews review) {
        this(kind, draftId, title, diaryNumber, committeeCode, status, stateTitle, actions, since, deadline, overdue,
                daysOverdue, review, Priority.ROUTINE, null);
    }

    public enum Kind {
        /** The draft's current step waits for the user. */
        ACT,
        /** The draft is open for the working group's comments. */
        COMMENT
    }

    /** An action due: its name in the rule book ({@code clear}, {@code submit}, ...) and its title. */
    public record DueAction(String name, String title) {
    }
}
