package pk.gov.mashwara.ui;

import org.openqa.selenium.By;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.support.Fixtures;

/** What a person does in the browser tests: signs in and out, selects a passage and comments, clicks. */
final class Journeys {

    private Journeys() {
    }

    /** Selects the first occurrence of {@code quote} in the reader, as a mouse would, and comments on it. */
    static void comment(BrowserSupport browser, String quote, String text) {
        browser.js("""
                const quote = arguments[0];
                for (const p of document.querySelectorAll('.reader-paragraphs p')) {
                  const node = p.firstChild; const at = node && node.textContent.indexOf(quote);
                  if (node && node.nodeType === 3 && at >= 0) {
                    const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + quote.length);
                    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                    return;
                  }
                }
                throw new Error('quote not found: ' + quote);
                """, quote);
        click(browser, By.id("review-comment-selection"));
        browser.type("#review-new-comment", text);
        click(browser, By.id("review-start"));
        browser.wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'comment-body') and normalize-space(.)='"
                + text + "']")).size() == 1);
    }

    /**
     * Opens the select with a real click and chooses the item whose text contains {@code text}. Inside a dialog the
     * list opens over the dialog, but ChromeDriver counts its items as hidden by the dialog's scrolling content (and
     * the selected value's copy in the field as a visible item), so the item is scrolled to and clicked by script
     * once the list is open; the choice is then read back from the field.
     */
    static void choose(BrowserSupport browser, String selectId, String text) {
        browser.find(By.id(selectId)).click();
        browser.wait.until(d -> Boolean.TRUE.equals(browser.js("return document.getElementById(arguments[0]).opened",
                selectId)));
        var item = browser.find(By.xpath("//vaadin-select-list-box//vaadin-select-item[contains(normalize-space(.),'"
                + text + "')]"));
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", item);
        browser.wait.until(d -> String.valueOf(browser.js("return document.getElementById(arguments[0]).opened",
                selectId)).equals("false") && String.valueOf(browser.js(
                        "return document.getElementById(arguments[0]).textContent", selectId)).contains(text));
    }

    /** Scrolls an element to the middle of the window and clicks it (the panel scrolls on its own). */
    static void click(BrowserSupport browser, By by) {
        var element = browser.find(by);
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    static void signIn(BrowserSupport browser, int port, MashwaraUser user) {
        browser.driver.get("http://localhost:" + port + "/login");
        browser.type("#vaadinLoginUsername", user.getUsername());
        browser.type("#vaadinLoginPassword", Fixtures.PASSWORD);
        browser.find(By.cssSelector("vaadin-button[slot='submit']")).click();
        // signing in lands on My desk (every role's)
        browser.find(By.id("desk"));
    }

    /**
     * Switches the page to the language named {@code label} ("English" or "اردو") with the button that names the
     * other language, and waits for the reloaded page to carry {@code lang}; nothing to do on a page already in it.
     */
    static void language(BrowserSupport browser, String label, String lang) {
        browser.find(By.cssSelector("vaadin-button.language-switch"));
        if (lang.equals(browser.js("return document.documentElement.lang"))) {
            // already in it (a user's stored choice applies when signing in): the button names the other language
            return;
        }
        var button = browser.find(By.cssSelector("vaadin-button.language-switch"));
        org.assertj.core.api.Assertions.assertThat(button.getText()).as("the language button").contains(label);
        click(browser, By.cssSelector("vaadin-button.language-switch"));
        browser.wait.until(d -> lang.equals(browser.js("return document.documentElement.lang")));
    }

    static void signOut(BrowserSupport browser) {
        // a notification may cover the button at the bottom of the menu; click it as a script would
        browser.js("arguments[0].click()", browser.find(By.id("logout")));
        browser.find(By.tagName("vaadin-login-form"));
    }
}
