package pk.gov.mashwara.notification.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.notification.EmailAvailability;
import pk.gov.mashwara.notification.EmailPreferences;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.shared.ui.Notices;

/** "E-mail me about": one checkbox per kind, saved as soon as it changes; disabled, with the reason, when no mail can go. */
class EmailChoicesForm extends Section {

    private final NotificationService notifications;
    final List<Checkbox> boxes;
    final Span hint = new Span();
    /** Why the last change could not be saved, said under the choices; hidden until then. */
    final Span problem = new Span();

    EmailChoicesForm(NotificationService notifications) {
        this.notifications = notifications;
        setId("email-choices");
        var heading = new H3(getTranslation("notifications.email.title"));
        heading.addClassNames(LumoUtility.FontSize.LARGE);
        var availability = notifications.emailAvailability();
        var chosen = notifications.preferences();
        boxes = java.util.Arrays.stream(NotificationKind.values()).map(kind -> {
            var box = new Checkbox(getTranslation("notificationKind." + kind.name()), chosen.wants(kind));
            box.setId("email-" + kind.name());
            box.setEnabled(availability == EmailAvailability.AVAILABLE);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save();
                }
            });
            return box;
        }).toList();
        var list = new Div();
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        boxes.forEach(list::add);
        hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        hint.setId("email-hint");
        hint.setVisible(availability != EmailAvailability.AVAILABLE);
        if (availability == EmailAvailability.NO_ADDRESS) {
            hint.setText(getTranslation("notifications.email.noAddress"));
        } else if (availability == EmailAvailability.NOT_CONFIGURED) {
            hint.setText(getTranslation("notifications.email.notConfigured"));
        }
        problem.addClassNames("field-error");
        problem.setId("email-choices-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(heading, hint, list, problem);
    }

    private void save() {
        var kinds = java.util.EnumSet.noneOf(NotificationKind.class);
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).getValue()) {
                kinds.add(NotificationKind.values()[i]);
            }
        }
        problem.setVisible(false);
        try {
            notifications.updatePreferences(new EmailPreferences(kinds));
            Notices.success(getTranslation("notifications.email.saved"));
        } catch (RuntimeException e) {
            // the boxes keep what the user chose, so that changing one again saves them all
            problem.setText(Notices.messageFor(e));
            problem.setVisible(true);
        }
    }
}
