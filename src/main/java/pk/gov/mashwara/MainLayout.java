package pk.gov.mashwara;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
    final NotificationBell bell;

    public MainLayout(CurrentUser currentUser, DirectoryService directory, AuthenticationContext authentication,
            NotificationService notifications) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (Languages.chosenInSession()) {
            Languages.restore(ui);
        } else {
            // A fresh sign-in starts in the language the user chose last time
            Languages.apply(ui, currentUser.get().map(u -> java.util.Locale.of(u.preferredLanguage()))
                    .orElse(java.util.Locale.ENGLISH));
        }
        setPrimarySection(Section.DRAWER);

        var logo = new Image("icons/mashwara.svg", "");
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        var subtitle = new Span(getTranslation("app.short"));
        subtitle.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var titles = new Div(name, subtitle);
        titles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        var brand = new Header(logo, titles);
        brand.addClassNames("brand", LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL,
                LumoUtility.Padding.MEDIUM);

        // the NSA's lead alone sees no draft either: his work is the engagement log (and its overdue commitments,
        // pendency's tab for him)
        boolean nsaAlone = currentUser.get().map(u -> u.roles().equals(java.util.Set.of(Role.NSA_LEAD))).orElse(false);
        boolean adminAlone = nsaAlone || currentUser.get().map(u -> u.administratorOnly()).orElse(false);
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var path = entry.path().replaceFirst("^/", "");
            if (adminAlone && ABOUT_DRAFTS.contains(path) && !(nsaAlone && path.equals("pendency"))) {
                continue;
            }
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
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
            var who = new Span(user.displayName());
            who.addClassNames(LumoUtility.FontWeight.MEDIUM, LumoUtility.FontSize.SMALL);
            var what = new Span((user.committeeCode() == null ? "" : user.committeeCode() + " · ")
                    + String.join(", ", user.roles().stream().map(r -> getTranslation("role." + r.name())).sorted().toList()));
            what.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
            var texts = new Div(who, what);
            texts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
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
        bell = new NotificationBell(notifications);
        var spacer = new Div();
        spacer.addClassNames(LumoUtility.Flex.GROW);
        addToNavbar(new DrawerToggle(), spacer, bell);
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
