package pk.gov.mashwara.review.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.review.BulkResolution;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ResponseTemplateView;
import pk.gov.mashwara.review.ResponseTemplates;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.InvalidInputException;

@RestController
@RequestMapping("/api")
@Tag(name = "Review", description = "Response templates and resolving several threads at once")
@SecurityRequirement(name = "basic")
class ResponseTemplateApiController {

    private final ResponseTemplates templates;
    private final BulkResolution bulk;

    ResponseTemplateApiController(ResponseTemplates templates, BulkResolution bulk) {
        this.templates = templates;
        this.bulk = bulk;
    }

    record TemplateRequest(String title, String body, Long version) {
    }

    record FilledTemplate(long templateId, long threadId, String text) {
    }

    record BulkThread(Long id, Long version) {
    }

    record BulkRequest(List<BulkThread> threads, String resolution, String reason) {
    }

    @Operation(summary = "The response templates you may use: your committee's and the NSMCWG's",
            description = "A committee's drafters and officers see their committee's library and the NSMCWG's; the "
                    + "NSMCWG secretary and the focal person the NSMCWG's; anyone else none. 'editable' says whether you "
                    + "keep the template's library (a committee's officer, the NSMCWG secretary).")
    @GetMapping("/response-templates")
    List<ResponseTemplateView> list() {
        return templates.list();
    }

    @Operation(summary = "One response template (404 if you may not see it)")
    @GetMapping("/response-templates/{id}")
    ResponseTemplateView get(@PathVariable long id) {
        return templates.get(id);
    }

    @Operation(summary = "Add a template to the library you keep",
            description = "title (at most 120 characters, unique in the library) and body (at most 2000); the body may "
                    + "use {commenter}, {clause} and {organisation}, any other {name} is refused (400). A committee's "
                    + "officer adds to the committee's library, the NSMCWG secretary to the NSMCWG's; anyone else 403. "
                    + "Audited.")
    @PostMapping("/response-templates")
    ResponseEntity<ResponseTemplateView> create(@RequestBody TemplateRequest request) {
        var created = templates.create(request.title(), request.body());
        return ResponseEntity.created(URI.create("/api/response-templates/" + created.id())).body(created);
    }

    @Operation(summary = "Change a template of the library you keep",
            description = "version: the template's version as read (409 if it changed since). Rules as for POST. Audited.")
    @PutMapping("/response-templates/{id}")
    ResponseTemplateView update(@PathVariable long id, @RequestBody TemplateRequest request) {
        return templates.update(id, version(request.version()), request.title(), request.body());
    }

    @Operation(summary = "Delete a template of the library you keep",
            description = "version: the template's version as read (409 if it changed since). Audited.")
    @DeleteMapping("/response-templates/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        templates.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A template's text with its variables filled for a thread, to use as a resolution's reason",
            description = "{commenter}: who started the thread; {organisation}: their home organisation or committee; "
                    + "{clause}: the clause the passage is in (or its first words; the draft as a whole). Nothing is "
                    + "changed. 404 for a template or thread you may not see.")
    @GetMapping("/response-templates/{id}/filled")
    FilledTemplate filled(@PathVariable long id, @RequestParam long thread) {
        return new FilledTemplate(id, thread, templates.fill(id, thread, LocaleContextHolder.getLocale()));
    }

    @Operation(summary = "Resolve several threads of a draft at once, with one resolution and reason",
            description = "threads: [{id, version}] (version: as read; without it, the thread as it is now), at most "
                    + "200, each once. Each thread is resolved on its own, by the rules of /threads/{id}/resolve, and "
                    + "audited on its own; a thread refused (changed meanwhile, already resolved, not yours to resolve, "
                    + "not found) is reported in 'outcomes' with its message and left as it was, while the others are "
                    + "resolved. 400 before any thread is touched for no thread, too many, a thread twice, no "
                    + "resolution or a decline without a reason; 404 for a draft you cannot see.")
    @PostMapping("/drafts/{id}/threads/resolve")
    BulkResolution.Report resolveAll(@PathVariable long id, @RequestBody BulkRequest request) {
        var how = ApiValues.parse(Resolution.class, request.resolution(), "resolution");
        if (request.threads() == null) {
            throw InvalidInputException.onField("threads", "error.review.bulk.none");
        }
        var items = request.threads().stream().map(t -> {
            if (t == null || t.id() == null) {
                throw InvalidInputException.onField("threads", "error.review.bulk.none");
            }
            return new BulkResolution.Item(t.id(), t.version() != null ? t.version() : currentVersion(t.id()));
        }).toList();
        return bulk.resolve(id, items, how, request.reason(), LocaleContextHolder.getLocale());
    }

    private long currentVersion(long threadId) {
        return bulk.currentVersion(threadId);
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.onField("version", "error.review.template.versionMissing");
        }
        return version;
    }
}
