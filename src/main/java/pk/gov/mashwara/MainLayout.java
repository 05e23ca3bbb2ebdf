package pk.gov.mashwara;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.notification.ui.NotificationBell;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ui.ClientDrawn;
import pk.gov.mashwara.shared.ui.Languages;

/**
 * The frame around every signed-in view: the portal's name, the navigation built from the views' {@code @Menu}
 * annotations (showing only what the user's roles open), the signed-in user, the language and log-out; in the
 * header, the notification bell.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * The views about drafts (and the directions' letters). An administrator's role alone sees no draft, so they are not offered to an
     * administrator who has no other role (their addresses lead to the administrator's desk or show nothing).
     */
    static final java.util.Set<String> ABOUT_DRAFTS = java.util.Set.of("drafts", "search", "pendency", "directions");

    private final SideNav nav = new SideNav();
    private com.vaadin.flow.component.html.Header brand;
    private Div userTexts;
    private java.util.List<String> userLines = java.util.List.of();
    /** The menu as drawn: what the user's roles open, in the order of the views' {@code @Menu} annotations. */
    private final java.util.List<MenuLink> menu = new java.util.ArrayList<>();
    final NotificationBell bell;

    /** One entry of the menu: its label in the page's language, where it leads, its icon. */
    public record MenuLink(String label, String path, String icon) implements java.io.Serializable {
    }

    public MainLayout(CurrentUser currentUser, DirectoryService directory, AuthenticationContext authentication,
            NotificationService notifications, pk.gov.mashwara.shared.ui.LiveUpdates live) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (Languages.chosenInSession()) {
            Languages.restore(ui);
        } else {
            // A fresh sign-in starts in the language the user chose last time
            Languages.apply(ui, currentUser.get().map(u -> java.util.Locale.of(u.preferredLanguage()))
                    .orElse(java.util.Locale.ENGLISH));
        }
        setPrimarySection(Section.DRAWER);

        // drawn in the browser: one element for the page to keep, not six
        var brand = new com.vaadin.flow.component.html.Header();
        brand.addClassNames("brand", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM);
        this.brand = brand;

        // the NSA's lead alone sees no draft either: his work is the engagement log (and its overdue commitments,
        // pendency's tab for him)
        boolean nsaAlone = currentUser.get().map(u -> u.roles().equals(java.util.Set.of(Role.NSA_LEAD))).orElse(false);
        boolean adminAlone = nsaAlone || currentUser.get().map(u -> u.administratorOnly()).orElse(false);
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var path = entry.path().replaceFirst("^/", "");
            if (adminAlone && ABOUT_DRAFTS.contains(path) && !(nsaAlone && path.equals("pendency"))) {
                continue;
            }
            // relative to the page's base, the application's root, as the side navigation takes it
            menu.add(new MenuLink(getTranslation(entry.title()), path, entry.icon()));
        }
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        var scroller = new Scroller(nav);

        var footer = new Footer();
        footer.addClassNames("user-footer", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, LumoUtility.Padding.MEDIUM);
        currentUser.get().ifPresent(user -> {
            var avatar = new Avatar(user.displayName());
            avatar.setAbbreviation(initials(user.displayName()));
            avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
            // the name and the offices drawn in the browser, as text
            var texts = new Div();
            userTexts = texts;
            userLines = java.util.List.of(user.displayName(), (user.committeeCode() == null ? "" : user.committeeCode()
                    + " · ") + String.join(", ", user.roles().stream().map(r -> getTranslation("role." + r.name()))
                            .sorted().toList()));
            var row = new Div(avatar, texts);
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
            footer.add(row);
        });
        var logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");
        var language = Languages.switcher(locale -> directory.changeMyLanguage(locale.getLanguage()));
        language.addClassName("drawer-language");
        footer.add(language, logout);

        addToDrawer(brand, scroller, footer);
        draw();
        bell = new NotificationBell(notifications, live);
        var spacer = new Div();
        spacer.addClassNames(LumoUtility.Flex.GROW);
        addToNavbar(new DrawerToggle(), spacer, bell);
    }

    /** Draws the parts of the frame that are drawn in the browser: the portal's name, the menu, the user's name. */
    private void draw() {
        var logo = new com.vaadin.flow.dom.Element("img");
        logo.getClassList().add("brand-logo");
        logo.setAttribute("src", "icons/mashwara.svg");
        logo.setAttribute("alt", "");
        ClientDrawn.draw(brand.getElement(), java.util.List.of(logo, lines(
                line(getTranslation("app.name"), LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE),
                line(getTranslation("app.short"), LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY))), true);
        if (userTexts != null) {
            ClientDrawn.draw(userTexts.getElement(), java.util.List.of(lines(
                    line(userLines.get(0), LumoUtility.FontWeight.MEDIUM, LumoUtility.FontSize.SMALL),
                    line(userLines.get(1), LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY))), true);
        }
        drawMenu();
    }

    /**
     * The menu's items are drawn in the browser from {@link #menu}: they only lead somewhere (the side navigation
     * marks the current one itself), so the page keeps one element for the menu instead of two for each item.
     */
    private void drawMenu() {
        var items = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        menu.forEach(link -> items.addObject().put("label", link.label()).put("path", link.path())
                .put("icon", link.icon()));
        nav.getElement().executeJs("""
                const nav = this;
                nav.replaceChildren(...$0.map(m => {
                    const item = document.createElement('vaadin-side-nav-item');
                    item.setAttribute('path', m.path);
                    if (m.icon) {
                        const icon = document.createElement('vaadin-icon');
                        icon.setAttribute('icon', m.icon);
                        icon.setAttribute('slot', 'prefix');
                        item.appendChild(icon);
                    }
                    item.appendChild(document.createTextNode(m.label));
                    return item;
                }));
                """, items);
    }

    /** The menu the page shows, as drawn. */
    public java.util.List<MenuLink> menu() {
        return java.util.List.copyOf(menu);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        if (!event.isInitialAttach()) {
            draw();
        }
    }

    private static com.vaadin.flow.dom.Element line(String text, String... classNames) {
        var line = new com.vaadin.flow.dom.Element("span").setText(text == null ? "" : text);
        line.getClassList().addAll(java.util.List.of(classNames));
        return line;
    }

    private static com.vaadin.flow.dom.Element lines(com.vaadin.flow.dom.Element... lines) {
        var box = new com.vaadin.flow.dom.Element("div");
        box.getClassList().addAll(java.util.List.of(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN));
        box.appendChild(lines);
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Keeps the drawer usable on phones: close it after choosing a view
        if (isOverlay()) {
            setDrawerOpened(false);
        }
        bell.refresh();
    }

    /** The first letters of the first two words of a name, leaving out titles in brackets ("Ayesha Siddiqui (Auditor)": AS). */
    static String initials(String name) {
        var letters = new StringBuilder();
        for (var word : name.replaceAll("\\(.*?\\)", " ").strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && letters.length() < 4) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        var result = letters.toString();
        return result.codePointCount(0, result.length()) > 2 ? result.substring(0, result.offsetByCodePoints(0, 2)) : result;
    }
}
