package pk.gov.mashwara.desk;

import pk.gov.mashwara.search.IndexFigures;

/**
 * What an administrator's desk shows: the user accounts, the sign-ins held back by throttles, the versions whose
 * text could not be extracted in full, and the search indexes.
 *
 * @param throttledSignIns     throttles of sign-ins in force (an account, an address, or both)
 * @param extractionProblems   versions that gave no full text, in all
 * @param failed               of them, failed or in a format that cannot be read
 * @param passwordProtected    of them, protected by a password
 * @param noText               of them, without text (e.g. scanned and not OCR'd)
 */
public record AdminFigures(long users, long disabledUsers, long throttledSignIns, long extractionProblems,
        long failed, long passwordProtected, long noText, IndexFigures index) {
}
