package pk.gov.mashwara.review;

import java.util.Locale;

/** A category a thread is filed under (kept as data: {@code review_category}). */
public record Category(String code, String name, String nameUr, boolean active) {

    public String name(Locale locale) {
        return locale != null && "ur".equals(locale.getLanguage()) ? nameUr : name;
    }
}
