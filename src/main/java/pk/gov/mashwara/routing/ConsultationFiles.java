package pk.gov.mashwara.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.AttachedFile;
import pk.gov.mashwara.draft.DraftAttachments;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.FileDownload;
import pk.gov.mashwara.draft.StoredFileReferences;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.routing.domain.ConsultationAttachment;
import pk.gov.mashwara.routing.domain.ConsultationAttachmentRepository;
import pk.gov.mashwara.routing.domain.ConsultationRepository;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The file a consulted division may attach to its view: kept in the portal's file store (through the draft
 * module, under the rules versions follow) and recorded against its consultation step. The store's start-up sweep
 * learns of these files here.
 */
@Component
class ConsultationFiles implements StoredFileReferences {

    private final DraftAttachments files;
    private final DraftService drafts;
    private final ConsultationAttachmentRepository attachments;
    private final ConsultationRepository consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationFiles(DraftAttachments files, DraftService drafts, ConsultationAttachmentRepository attachments,
            ConsultationRepository consultations, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.files = files;
        this.drafts = drafts;
        this.attachments = attachments;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the file and records it against the step; a refused file leaves nothing behind. */
    ConsultationAttachment attach(Consultation step, ActionRequest.Attachment attachment, MashwaraUser user,
            Instant now) {
        AttachedFile stored;
        try (var in = attachment.content().open()) {
            stored = files.store(step.getDraftId(), attachment.fileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the attached file", e);
        }
        return attachments.save(new ConsultationAttachment(step.getId(), step.getDraftId(), stored.fileName(),
                stored.mediaType(), stored.sizeBytes(), stored.sha256(), user.getUsername(), now));
    }

    /** The attached files of the steps, by step id. */
    Map<Long, ConsultationAttachment> of(List<Consultation> steps) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        return attachments.findByConsultationIdIn(steps.stream().map(Consultation::getId).toList()).stream()
                .collect(Collectors.toMap(ConsultationAttachment::getConsultationId, Function.identity()));
    }

    /**
     * The file attached to a step of the draft, for a user who sees the draft; recorded in the audit log. A step
     * of another draft, or one without a file, is not found.
     */
    FileDownload download(long draftId, long consultationId) {
        var user = currentUser.require();
        drafts.get(draftId); // a draft the user may not see is not found, whatever its steps
        var attachment = attachments.findByConsultationId(consultationId).filter(a -> a.getDraftId() == draftId)
                .orElseThrow(() -> new NotFoundException("error.routing.attachment.notFound", consultationId));
        var download = files.open(draftId, new AttachedFile(attachment.getFileName(), attachment.getMediaType(),
                attachment.getSizeBytes(), attachment.getSha256()));
        var step = consultations.findById(consultationId).map(Consultation::getStep).orElse(null);
        events.publishEvent(new ConsultationFileDownloaded(draftId, consultationId, step, attachment.getFileName(),
                attachment.getSha256(), user.getUsername(), clock.instant()));
        return download;
    }

    @Override
    public Set<String> referencedSha256() {
        return attachments.findAllSha256();
    }
}
