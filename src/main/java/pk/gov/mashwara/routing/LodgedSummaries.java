package pk.gov.mashwara.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.DraftAttachments;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.StoredFileReferences;
import pk.gov.mashwara.routing.domain.CabinetSummary;
import pk.gov.mashwara.routing.domain.CabinetSummaryFile;
import pk.gov.mashwara.routing.domain.CabinetSummaryFileRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.RefusedFileException;

/**
 * The final summary as the sponsoring division lodges it with the Cabinet Division: the edited Word document (or
 * its PDF) kept byte for byte in the portal's file store (through the draft module, under the rules versions
 * follow: type detected from the content, the same size limit) and recorded against the lodging. The store's
 * start-up sweep learns of these files here, so maintenance never removes one.
 */
@Component
class LodgedSummaries implements StoredFileReferences {

    /** The name the file is sent under, in a form and in the API. */
    static final String FIELD = "file";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    private final DraftAttachments files;
    private final CabinetSummaryFileRepository lodged;

    LodgedSummaries(DraftAttachments files, CabinetSummaryFileRepository lodged) {
        this.files = files;
        this.lodged = lodged;
    }

    /** The file the action brings, required: a summary is lodged as a document (Rule 18). */
    static ActionRequest.Attachment required(ActionRequest request) {
        if (request.attachment() == null) {
            throw InvalidInputException.onField(FIELD, "error.routing.summary.file");
        }
        return request.attachment();
    }

    /**
     * Stores the file; a file that is not a Word document (DOCX) or a PDF, empty or too large is refused, and
     * nothing is recorded.
     */
    AttachedFile store(long draftId, ActionRequest.Attachment attachment) {
        AttachedFile stored;
        try (var in = attachment.content().open()) {
            stored = files.store(draftId, attachment.fileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the lodged summary", e);
        }
        var type = stored.mediaType() == null ? "" : stored.mediaType().split(";")[0].strip();
        if (!DOCX.equals(type) && !PDF.equals(type)) {
            // kept by no one: the store's sweep removes the bytes
            throw new RefusedFileException(RefusedFileException.Reason.TYPE_NOT_ALLOWED,
                    "error.routing.summary.fileType", stored.fileName());
        }
        return stored;
    }

    /** Records the stored file against the lodging. */
    CabinetSummaryFile record(CabinetSummary summary, AttachedFile stored, MashwaraUser user, Instant now) {
        return lodged.save(new CabinetSummaryFile(summary.getId(), summary.getDraftId(), stored.fileName(),
                stored.mediaType(), stored.sizeBytes(), stored.sha256(), user.getUsername(), now));
    }

    /** The files of the given lodgings, by summary id. */
    Map<Long, CabinetSummaryFile> of(List<Long> summaryIds) {
        if (summaryIds.isEmpty()) {
            return Map.of();
        }
        return lodged.findBySummaryIdIn(summaryIds).stream()
                .collect(Collectors.toMap(CabinetSummaryFile::getSummaryId, Function.identity()));
    }

    /** The file of one lodging of the draft, or the draft's latest lodged file when {@code summaryId} is null. */
    java.util.Optional<CabinetSummaryFile> find(long draftId, Long summaryId) {
        return (summaryId == null ? lodged.findFirstByDraftIdOrderByIdDesc(draftId) : lodged.findBySummaryId(summaryId))
                .filter(f -> f.getDraftId() == draftId);
    }

    /** The bytes of a lodged file (the caller has checked that the user may read them). */
    FileDownload open(CabinetSummaryFile file) {
        return files.open(file.getDraftId(), new AttachedFile(file.getFileName(), file.getMediaType(),
                file.getSizeBytes(), file.getSha256()));
    }

    @Override
    public Set<String> referencedSha256() {
        return lodged.findAllSha256();
    }
}
