package pk.gov.mashwara.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The text of every request parameter, path variable and multipart field a REST controller takes as a
 * {@code String} (alone or in a list) follows {@link InputRules}: a NUL (which a multipart field can carry as a raw
 * byte) is a 400 naming the parameter. Query strings are refused earlier still ({@link QueryStringFilter}); JSON
 * bodies by {@link JsonInputRules}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiParameterRules {

    @InitBinder
    void text(WebDataBinder binder) {
        var name = binder.getObjectName();
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(InputRules.text(text, name));
            }
        });
    }
}
