package pk.gov.mashwara.directions;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directions.domain.EvidenceRepository;
import pk.gov.mashwara.directions.domain.LetterRepository;
import pk.gov.mashwara.directions.domain.ProgressReportRepository;
import pk.gov.mashwara.draft.StoredFileReferences;
import pk.gov.mashwara.text.TextedFiles;

/**
 * Tells the file store's start-up sweep which stored files letters, evidence and progress reports refer to, and the
 * extraction which of them the search reads (letters' files and evidence; progress reports are the portal's own).
 */
@Component
class DirectionFiles implements StoredFileReferences, TextedFiles {

    private final LetterRepository letters;
    private final EvidenceRepository evidence;
    private final ProgressReportRepository reports;

    DirectionFiles(LetterRepository letters, EvidenceRepository evidence, ProgressReportRepository reports) {
        this.letters = letters;
        this.evidence = evidence;
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> referencedSha256() {
        var shas = new HashSet<String>(evidence.allSha256());
        letters.findAll().forEach(l -> {
            if (l.getFileSha256() != null) {
                shas.add(l.getFileSha256());
            }
        });
        reports.findAll().forEach(r -> {
            shas.add(r.getPdfSha256());
            shas.add(r.getDocxSha256());
        });
        return shas;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> textedSha256() {
        var shas = new HashSet<String>(evidence.allSha256());
        letters.findAll().forEach(l -> {
            if (l.getFileSha256() != null) {
                shas.add(l.getFileSha256());
            }
        });
        return shas;
    }
}
