package pk.gov.mashwara.draft.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.draft.ui.page.DraftPage;
import pk.gov.mashwara.draft.ui.page.DraftPageExtension;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.ClientDrawn;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Polling;
import pk.gov.mashwara.shared.ui.Views;

/**
 * One draft: its metadata and state, its versions with downloads, and the upload of a new version. Where the
 * draft stands on its route and the actions the user may take come from other modules (a {@link
 * DraftPageExtension}).
 */
@Route("drafts/:draftId([0-9]{1,18})")
@PermitAll
public class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PARAM = "draftId";

    private final DraftService drafts;
    final Grid<VersionInfo> versions = new Grid<>();
    final Div actions = new Div();
    final Div metadata = new Div();
    /** Sections other modules add to the page (where the draft stands on its route, …). */
    final Div sections = new Div();
    final Section uploadSection = new Section();
    final H2 title = new H2();
    final Div badges = new Div();
    final Anchor compare = new Anchor();
    /** The review record of the draft as PDF, when a module writes records; otherwise null. */
    Anchor record;
    private final pk.gov.mashwara.draft.DraftRecordExport recordExport;
    private DraftDetails draft;
    private final VersionAnnotationBadges annotations;
    private com.vaadin.flow.shared.Registration pollRegistration;
    /** Whoever lets people follow drafts (another module), or null. */
    private final pk.gov.mashwara.draft.DraftFollowing following;
    FileDrop versionUpload;
    /** Why the last file offered as a new version was refused; hidden until one is. */
    Span versionUploadError;
    /** What other modules add to the page: action buttons and sections of their own. */
    private final java.util.List<DraftPageExtension> extensions;
    private final pk.gov.mashwara.directory.DirectoryService directory;
    /** People named on the page, by user id: looked up once per page. */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final DraftPage page = new DraftPage() {

        @Override
        public DraftDetails draft() {
            return draft;
        }

        @Override
        public void reload() {
            show(drafts.get(draft.id()));
        }
    };

    /** Someone named on the page by name and office ("Ali Raza, Drafter (PTA)"), not by user id. */
    private String person(String username) {
        return names.computeIfAbsent(username == null ? "" : username,
                u -> directory.nameAndOffice(u, getLocale()));
    }

    public DraftView(DraftService drafts, java.util.List<pk.gov.mashwara.draft.VersionAnnotations> annotationSources,
            java.util.List<pk.gov.mashwara.draft.DraftFollowing> following,
            java.util.List<pk.gov.mashwara.draft.DraftRecordExport> recordExports,
            java.util.List<DraftPageExtension> extensions, pk.gov.mashwara.directory.DirectoryService directory) {
        this.drafts = drafts;
        this.directory = directory;
        this.extensions = java.util.List.copyOf(extensions);
        this.following = following.isEmpty() ? null : following.get(0);
        this.recordExport = recordExports.isEmpty() ? null : recordExports.get(0);
        this.annotations = new VersionAnnotationBadges(annotationSources);
        addClassNames("view", "draft-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Padding.LARGE, LumoUtility.Gap.MEDIUM);
        var back = new RouterLink(getTranslation("draft.back"), DraftListView.class);
        back.addClassNames(LumoUtility.FontSize.SMALL);
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE, "draft-heading");
        title.setId("draft-heading");
        title.getElement().setAttribute("dir", "auto");
        badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.FlexWrap.WRAP);
        metadata.addClassNames("metadata");
        metadata.addAttachListener(event -> {
            if (!event.isInitialAttach() && draft != null) {
                drawMetadata(draft);
            }
        });
        sections.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        configureVersions();
        var versionsHeading = new H3(getTranslation("draft.versions"));
        versionsHeading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Bottom.NONE);
        compare.add(new Icon(VaadinIcon.SPLIT), new Span(getTranslation("compare.link")));
        compare.addClassNames("read-link");
        compare.setId("compare-versions");
        var versionsHeader = new Div(versionsHeading, compare);
        if (recordExport != null) {
            record = new Anchor();
            record.setId("review-record");
            record.addClassNames("read-link");
            record.add(new Icon(VaadinIcon.FILE_TEXT_O), new Span(getTranslation("record.download")));
            record.getElement().setAttribute("title", getTranslation("record.download.hint"));
            versionsHeader.add(record);
        }
        versionsHeader.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.MEDIUM,
                LumoUtility.FlexWrap.WRAP);
        add(back, title, badges, actions, metadata, sections, versionsHeader, versions, uploadSection);
    }

    static RouteParameters parameters(long draftId) {
        return new RouteParameters(PARAM, Long.toString(draftId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(PARAM);
        try {
            show(drafts.get(id.orElseThrow()));
        } catch (NotFoundException | java.util.NoSuchElementException e) {
            Notices.error(getTranslation("error.draft.notFound", id.orElse(0L)));
            event.forwardTo(DraftListView.class);
        }
    }

    void show(DraftDetails details) {
        this.draft = details;
        title.setText(details.title());
        badges.removeAll();
        badges.add(DraftLabels.statusBadge(this, details.status()), DraftLabels.classificationBadge(this, details.classification()));
        var flag = pk.gov.mashwara.shared.ui.PriorityFlag.of(this, details.priority());
        flag.setId("priority-flag");
        badges.add(flag);
        if (details.diaryNumber() != null) {
            var diary = new pk.gov.mashwara.shared.ui.Badge(getTranslation("draft.diary", Bidi.ltr(details.diaryNumber())),
                    pk.gov.mashwara.shared.ui.Badge.Tone.INFO);
            diary.setId("diary-number");
            badges.add(diary);
        }
        if (details.fileNumber() != null) {
            // the committee's own number, beside the NSMCWG's diary number
            var file = new pk.gov.mashwara.shared.ui.Badge(getTranslation("draft.fileNumber.badge",
                    Bidi.ltr(details.fileNumber())), pk.gov.mashwara.shared.ui.Badge.Tone.NEUTRAL);
            file.setId("file-number");
            badges.add(file);
        }
        drawMetadata(details);
        var settled = !annotations.any() || annotations.load(details.id());
        versions.setItems(details.versions());
        showCompareLink(details);
        showRecordLink(details);
        keepUpToDate(!settled);
        showActions(details);
        showUpload(details);
    }

    /**
     * The comparison of the two newest versions (review module), linked by its address: the review module depends
     * on this one, so a reference to its view would make a cycle.
     */
    private void showCompareLink(DraftDetails details) {
        compare.setVisible(details.versions().size() >= 2);
        if (details.versions().size() >= 2) {
            compare.setHref("drafts/" + details.id() + "/compare?from=" + details.versions().get(1).number() + "&to="
                    + details.latest().number());
        }
    }

    /**
     * The review record (record module, through {@link pk.gov.mashwara.draft.DraftRecordExport}): written when
     * asked for, as whoever asks, so it holds what they may see at that moment.
     */
    private void showRecordLink(DraftDetails details) {
        if (record == null) {
            return;
        }
        var draftId = details.id();
        var export = recordExport;
        // translated now, in the page's language: the download runs outside the page's request
        var failed = getTranslation("error.download.record");
        record.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                var file = export.export(draftId);
                return new DownloadResponse(new java.io.ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (RuntimeException e) {
                return DownloadResponse.error(404, failed);
            }
        }), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
    }

    /**
     * The particulars, label beside value, drawn in the browser ({@link ClientDrawn}): nothing in them answers a
     * click, and the page keeps one element for them instead of three for each.
     */
    private void drawMetadata(DraftDetails details) {
        var fields = new java.util.ArrayList<Element>(java.util.List.of(field("draft.field.committee", details.committeeCode()),
                field("draft.field.kind", DraftLabels.kind(this, details.kind())),
                field("draft.field.legalBasis", details.legalBasis()),
                field("draft.field.financialImplications",
                        getTranslation(details.financialImplications() ? "common.yes" : "common.no")),
                field("draft.field.createdBy", Bidi.isolate(person(details.createdBy())) + " · " + Formats.dateTime(details.createdAt(), getLocale())),
                field("draft.field.updated", Formats.dateTime(details.updatedAt(), getLocale()))));
        if (details.statusNote() != null) {
            fields.add(field("draft.field.statusNote", details.statusNote()));
        }
        ClientDrawn.draw(metadata.getElement(), fields, true);
    }

    private Element field(String labelKey, String value) {
        var label = new Element("span").setText(getTranslation(labelKey));
        label.setAttribute("class", "label");
        var text = new Element("span").setText(value == null ? "" : value);
        text.setAttribute("class", "value");
        text.setAttribute("dir", "auto");
        var div = new Element("div").appendChild(label, text);
        div.setAttribute("class", "field");
        return div;
    }

    private void showActions(DraftDetails details) {
        actions.removeAll();
        sections.removeAll();
        for (var extension : extensions) {
            var contribution = extension.contribute(page);
            contribution.actions().forEach(actions::add);
            if (contribution.section() != null) {
                sections.add(contribution.section());
            }
        }
        var rights = drafts.particularRights(details.id());
        if (rights.fileNumber() || rights.priority()) {
            var particulars = new com.vaadin.flow.component.button.Button(getTranslation("draft.particulars.edit"),
                    new Icon(VaadinIcon.FLAG_O), e -> new ParticularsDialog(drafts, details, rights, page::reload).open());
            particulars.setId("edit-particulars");
            actions.add(particulars);
        }
        if (following != null) {
            actions.add(new FollowToggle(following, details.id()));
        }
        actions.setVisible(actions.getComponentCount() > 0);
        sections.setVisible(sections.getComponentCount() > 0);
    }

    private void showUpload(DraftDetails details) {
        uploadSection.removeAll();
        if (!details.permissions().uploadVersion()) {
            uploadSection.setVisible(false);
            return;
        }
        uploadSection.setVisible(true);
        var heading = new H3(getTranslation("draft.newVersion"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        var help = new Span(getTranslation("draft.newVersion.help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var holder = new FileDrop[1];
        var limit = drafts.uploadLimitBytes();
        // a refusal is said under the drop zone, where the file goes, not in a pop-up over the page
        var refusal = new Span();
        refusal.addClassNames("field-error");
        refusal.setId("version-upload-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        versionUploadError = refusal;
        var upload = new FileDrop(limit, (name, file) -> {
            refusal.setVisible(false);
            try (var in = Files.newInputStream(file.toPath())) {
                var created = drafts.addVersion(details.id(), name, in);
                Notices.success(getTranslation("draft.done.version", created.version()));
                show(drafts.get(details.id()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // the file has to be chosen again; the message names it
                holder[0].clearFileList();
                refusal.setText(Bidi.isolate(name) + ": " + Notices.messageFor(e));
                refusal.setVisible(true);
            } finally {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException ignored) {
                    // temporary file
                }
            }
        });
        holder[0] = upload;
        upload.translate(FileDrop.i18n(this, limit));
        upload.addFileRejectedListener(e -> {
            refusal.setText(e.getErrorMessage());
            refusal.setVisible(true);
        });
        upload.setId("version-upload");
        versionUpload = upload;
        uploadSection.add(heading, help, upload, refusal);
    }

    /** While a version's annotations may still change (e.g. text being extracted), look again every few seconds. */
    private void keepUpToDate(boolean polling) {
        getUI().ifPresent(ui -> {
            if (polling) {
                Polling.request(ui, this, 3000);
            } else {
                Polling.release(ui, this);
            }
        });
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        pollRegistration = event.getUI().addPollListener(e -> {
            if (draft != null && annotations.any() && isAttached()) {
                var settled = annotations.load(draft.id());
                versions.getDataProvider().refreshAll();
                keepUpToDate(!settled);
            }
        });
        if (draft != null && annotations.any()) {
            keepUpToDate(!annotations.load(draft.id()));
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        Polling.release(event.getUI(), this);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        super.onDetach(event);
    }

    private void configureVersions() {
        // Fits a 1366-pixel laptop in English and Urdu: fixed room per column, long file names and names wrap
        versions.addColumn(v -> "v" + v.number()).setHeader(getTranslation("version.number")).setWidth("4.5em")
                .setFlexGrow(0);
        versions.addColumn(v -> Bidi.isolate(v.fileName())).setHeader(getTranslation("version.file")).setWidth("9em")
                .setFlexGrow(3).setTooltipGenerator(VersionInfo::fileName);
        var type = versions.addColumn(v -> typeName(v.mediaType())).setHeader(getTranslation("version.type")).setWidth("5.5em")
                .setFlexGrow(0);
        var size = versions.addColumn(v -> Formats.size(v.sizeBytes(), getLocale())).setHeader(getTranslation("version.size"))
                .setWidth("6em").setFlexGrow(0);
        var hash = versions.addColumn(new ComponentRenderer<>(v -> {
            var sha = new Span(Bidi.ltr(v.sha256().substring(0, 12) + "…"));
            sha.getElement().setAttribute("title", "SHA-256 " + v.sha256());
            sha.addClassNames("mono");
            return sha;
        })).setHeader("SHA-256").setWidth("8.5em").setFlexGrow(0);
        versions.addColumn(v -> Bidi.isolate(person(v.uploadedBy())) + " · " + Formats.dateTime(v.uploadedAt(), getLocale()))
                .setHeader(getTranslation("version.uploaded")).setWidth("9em").setFlexGrow(1);
        versions.addColumn(new ComponentRenderer<>(v -> annotations.badges(this, v.number())))
                .setHeader(getTranslation("version.text")).setKey("text").setWidth("8.5em").setFlexGrow(1);
        versions.addColumn(new ComponentRenderer<>(v -> {
            var links = new Div(readLink(v), downloadLink(v));
            links.addClassNames("version-links");
            return links;
        })).setHeader("").setWidth("8.5em").setFlexGrow(0).setKey("links");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the SHA-256 in full is in the version's download and the review record
        Views.hideWhenNarrow(this, type, size, hash);
        versions.setAllRowsVisible(true);
        versions.setId("versions-grid");
    }

    /**
     * The reader of the version's extracted text (text module). Linked by its address, not its class: the
     * text module depends on this one, so a reference back would make a cycle.
     */
    private Anchor readLink(VersionInfo v) {
        var link = new Anchor("drafts/" + draft.id() + "/versions/" + v.number() + "/text", "");
        link.add(new Icon(VaadinIcon.OPEN_BOOK), new Span(getTranslation("reader.read")));
        link.addClassNames("read-link");
        link.getElement().setAttribute("aria-label", getTranslation("reader.read") + " v" + v.number());
        return link;
    }

    private Anchor downloadLink(VersionInfo v) {
        var draftId = draft.id();
        var failed = getTranslation("error.download.file");
        var handler = DownloadHandler.fromInputStream(event -> {
            try {
                var download = drafts.download(draftId, v.number());
                return new DownloadResponse(download.open(), download.fileName(), download.mediaType(), download.sizeBytes());
            } catch (IOException | RuntimeException e) {
                return DownloadResponse.error(404, failed);
            }
        });
        var link = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        link.add(new Icon(VaadinIcon.DOWNLOAD_ALT), new Span(getTranslation("version.download")));
        link.addClassNames("download-link");
        link.getElement().setAttribute("aria-label", getTranslation("version.download") + " v" + v.number());
        return link;
    }

    private static String typeName(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/msword" -> "DOC";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/rtf" -> "RTF";
            case "text/plain" -> "TXT";
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "text/markdown", "text/x-web-markdown" -> "Markdown";
            case "application/epub+zip" -> "EPUB";
            default -> mediaType;
        };
    }

    @Override
    public String getPageTitle() {
        return (draft == null ? getTranslation("drafts.title") : draft.title()) + " · " + getTranslation("app.name");
    }
}
