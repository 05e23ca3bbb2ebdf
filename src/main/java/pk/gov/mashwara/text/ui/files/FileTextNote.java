package pk.gov.mashwara.text.ui.files;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FileText;

/**
 * One line under an attached file about its text: nothing when it was read in full; that it is still being read;
 * that only its beginning is searchable; or that it could not be read, with the reason in plain words (the file
 * itself is kept and can be downloaded either way).
 */
public class FileTextNote extends Span {

    public FileTextNote(FileText state) {
        addClassNames("file-text-note", LumoUtility.FontSize.XSMALL);
        var status = state == null ? ExtractionStatus.PENDING : state.status();
        getElement().setAttribute("data-status", status.name());
        switch (status) {
            case DONE -> setVisible(false);
            case PENDING, EXTRACTING -> {
                setText(getTranslation("fileText.reading"));
                addClassNames(LumoUtility.TextColor.SECONDARY);
            }
            case TRUNCATED -> {
                setText(getTranslation("fileText.truncated"));
                addClassNames(LumoUtility.TextColor.WARNING);
            }
            default -> {
                var reason = state.reason() == null ? getTranslation("extractionStatus." + status.name())
                        : getTranslation("extraction.reason." + state.reason().name());
                setText(getTranslation("fileText.unread", reason));
                addClassNames(LumoUtility.TextColor.ERROR);
            }
        }
    }
}
