package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.shared.FileNames;
import pk.gov.mashwara.shared.UserFacingException;

/**
 * Bulk import for committees that bring existing drafts: every file becomes a draft of its own, created through
 * {@link DraftService} with its checks. Each file commits on its own — deliberately not one transaction — so
 * that a refused or failed file loses nothing of the others, and every file reported as created is stored.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** One file to import: its name as given and a way to read it (once). */
    public interface Source {
        String fileName();

        InputStream open() throws IOException;
    }

    private final DraftService drafts;

    ImportService(DraftService drafts) {
        this.drafts = drafts;
    }

    public ImportReport importFiles(ImportRequest request, List<? extends Source> files) {
        return importFiles(request, files, item -> { });
    }

    /**
     * Imports file by file and tells {@code progress} about each one as soon as it is committed (or refused), so
     * that what was reported created is stored even if the importer is stopped halfway.
     */
    public ImportReport importFiles(ImportRequest request, List<? extends Source> files,
            java.util.function.Consumer<ImportReport.Item> progress) {
        var items = new ArrayList<ImportReport.Item>();
        for (var file : files) {
            var item = importOne(request, file);
            items.add(item);
            progress.accept(item);
        }
        return new ImportReport(items);
    }

    private ImportReport.Item importOne(ImportRequest request, Source file) {
        var name = FileNames.sanitise(file.fileName());
        try (var in = file.open()) {
            var created = drafts.create(new NewDraft(titleFrom(name), request.committeeId(), request.kind(),
                    request.legalBasis(), request.financialImplications(), request.classification()), name, in);
            return new ImportReport.Item(name, ImportReport.Outcome.CREATED, created.id(), created.sha256(), null);
        } catch (UserFacingException e) {
            return new ImportReport.Item(name, ImportReport.Outcome.REFUSED, null, null, e.getMessage());
        } catch (AccessDeniedException e) {
            // Permission does not depend on the file: the caller may not import for this committee at all
            throw e;
        } catch (IOException | RuntimeException e) {
            log.warn("Import of {} failed", name, e);
            return new ImportReport.Item(name, ImportReport.Outcome.FAILED, null, null,
                    "The file could not be read or stored; nothing was kept. Try it again.");
        }
    }

    /** "PTA_grievance-rules v2.pdf" → "PTA grievance rules v2". */
    static String titleFrom(String fileName) {
        var dot = fileName.lastIndexOf('.');
        var base = dot > 0 ? fileName.substring(0, dot) : fileName;
        var title = base.replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        if (title.isEmpty()) {
            return "Imported draft";
        }
        title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        return title.length() > 300 ? title.substring(0, 300) : title;
    }
}
