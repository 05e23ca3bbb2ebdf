package pk.gov.mashwara.review.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import pk.gov.mashwara.review.ResponseTemplateView;
import pk.gov.mashwara.review.ResponseTemplates;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.FormDialog;
import pk.gov.mashwara.shared.ui.Notices;
import pk.gov.mashwara.shared.ui.Views;

/**
 * The response templates the user may use, by library; the committee's officer (or, for the NSMCWG's library, the
 * secretary) adds, edits and deletes them here. The service decides who sees and changes what; this page only
 * offers what it allows.
 */
@Route("response-templates")
@Menu(order = 10, title = "nav.responseTemplates", icon = "vaadin:comment-ellipsis-o")
@RolesAllowed({ "NSMCWG_SECRETARY", "FOCAL_PERSON", Role.COMMITTEE_DRAFTER_NAME, Role.COMMITTEE_OFFICER_NAME })
public class ResponseTemplatesView extends Main implements HasDynamicTitle {

    final Grid<ResponseTemplateView> grid = new Grid<>();
    final Button add;
    final Paragraph note = new Paragraph();
    private final ResponseTemplates templates;

    public ResponseTemplatesView(ResponseTemplates templates) {
        this.templates = templates;
        Views.frame(this);
        add = Views.addButton(getTranslation("templates.add"), "template-add",
                e -> new TemplateDialog(null).open());
        add.setVisible(templates.mayManage());
        var intro = new Paragraph(getTranslation("templates.intro"));
        intro.addClassNames("templates-intro");
        note.setText(getTranslation("templates.readOnly"));
        note.addClassNames("templates-note");
        note.setVisible(!templates.mayManage());
        grid.setId("templates-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ResponseTemplateView::library).setHeader(getTranslation("templates.column.library"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> directional(t.title())).setHeader(getTranslation("templates.column.title"))
                .setFlexGrow(1);
        grid.addComponentColumn(t -> directional(t.body())).setHeader(getTranslation("templates.column.body"))
                .setFlexGrow(3);
        grid.addColumn(t -> Bidi.ltr(Formats.dateTime(t.updatedAt(), getLocale()), getLocale()))
                .setHeader(getTranslation("templates.column.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("templates.none"));
        add(Views.header(getTranslation("templates.title"), add), intro, note, grid);
        grid.setSizeFull();
        show();
    }

    private void show() {
        grid.setItems(templates.list());
    }

    private static Span directional(String text) {
        var span = new Span(text);
        span.getElement().setAttribute("dir", "auto");
        span.getStyle().set("white-space", "pre-line");
        return span;
    }

    private Div actions(ResponseTemplateView template) {
        var row = new Div();
        if (!template.editable()) {
            return row;
        }
        var edit = new Button(getTranslation("templates.edit"), e -> new TemplateDialog(template).open());
        edit.setId("template-edit-" + template.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var delete = new Button(getTranslation("templates.delete"), e -> confirmDelete(template));
        delete.setId("template-delete-" + template.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(edit, delete);
        return row;
    }

    private void confirmDelete(ResponseTemplateView template) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("templates.delete"));
        dialog.setText(getTranslation("templates.delete.confirm", template.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("templates.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                templates.delete(template.id(), template.version());
                Notices.success(getTranslation("templates.deleted"));
            } catch (RuntimeException ex) {
                Notices.error(ex);
            }
            show();
        });
        dialog.open();
    }

    /** Adds a template ({@code editing} null) or edits one. */
    class TemplateDialog extends FormDialog {

        final TextField title = new TextField(getTranslation("templates.field.title"));
        final TextArea body = new TextArea(getTranslation("templates.field.body"));
        private final ResponseTemplateView editing;

        TemplateDialog(ResponseTemplateView editing) {
            super(ResponseTemplatesView.this.getTranslation(editing == null ? "templates.add" : "templates.edit"),
                    ResponseTemplatesView.this::show);
            this.editing = editing;
            title.setId("template-title");
            title.setWidthFull();
            title.setMaxLength(ResponseTemplates.MAX_TITLE);
            title.getElement().setAttribute("dir", "auto");
            body.setId("template-body");
            body.setWidthFull();
            body.setMinHeight("9em");
            body.setMaxLength(ResponseTemplates.MAX_BODY);
            body.setHelperText(getTranslation("review.template.insertHint"));
            body.getElement().setAttribute("dir", "auto");
            if (editing != null) {
                title.setValue(editing.title());
                body.setValue(editing.body());
            }
            add(title, body);
        }

        @Override
        protected String persist() {
            if (editing == null) {
                templates.create(title.getValue(), body.getValue());
            } else {
                templates.update(editing.id(), editing.version(), title.getValue(), body.getValue());
            }
            return getTranslation("templates.saved");
        }

        @Override
        protected Map<String, com.vaadin.flow.component.HasValidation> fields() {
            return Map.of("title", title, "body", body);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " · " + getTranslation("app.name");
    }
}
