package pk.gov.mashwara.draft.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.ImportReport;
import pk.gov.mashwara.draft.ImportRequest;
import pk.gov.mashwara.draft.ImportService;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.InvalidInputException;

@RestController
@Tag(name = "Import", description = "Bulk import of a committee's existing drafts")
@SecurityRequirement(name = "basic")
class ImportApiController {

    private final ImportService imports;
    private final DraftService drafts;
    private final ApiParameters parameters;

    ImportApiController(ImportService imports, DraftService drafts, ApiParameters parameters) {
        this.imports = imports;
        this.drafts = drafts;
        this.parameters = parameters;
    }

    @Operation(summary = "Import several files, or ZIP archives of them, each as a draft of its own",
            description = "Answers with what happened to every file: CREATED (with the draft id), REFUSED (why) or "
                    + "FAILED. Files are committed one by one: what is reported created is stored.")
    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFiles(@RequestPart("files") List<MultipartFile> files, @RequestParam String committee,
            @RequestParam String kind, @RequestParam String legalBasis,
            @RequestParam(defaultValue = "false") String financialImplications,
            @RequestParam(defaultValue = "UNCLASSIFIED") String classification) throws IOException {
        var request = new ImportRequest(parameters.committeeId(committee), DraftKind.parse(kind, "kind"),
                legalBasis, ApiValues.parseBoolean(financialImplications, "financialImplications"),
                ApiValues.parse(Classification.class, classification, "classification"));
        // Who may import is settled before a single byte is unpacked
        drafts.requireMayCreateFor(request.committeeId());
        var budget = new ImportSources.Budget(drafts.uploadLimitBytes());
        var sources = new ArrayList<ImportSources.Source>();
        try {
            for (var file : files) {
                sources.addAll(ImportSources.of(file, budget));
            }
            if (sources.isEmpty()) {
                throw new InvalidInputException("error.import.empty");
            }
            return imports.importFiles(request, sources);
        } finally {
            sources.forEach(ImportSources.Source::discard);
        }
    }
}
