package pk.gov.mashwara.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.shared.Messages;

/**
 * English and Urdu for the UI, from the same catalogue the services use. English comes first so that a
 * browser asking for neither gets English.
 */
@Component
class TranslationProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
