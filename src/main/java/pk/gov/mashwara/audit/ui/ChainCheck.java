package pk.gov.mashwara.audit.ui;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.audit.ChainVerification;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Formats;

/**
 * The "Verify chain" action and its result in plain words: intact (how many entries, the last hash) or the first
 * broken entry, why, and a link that shows it in the log with the entry before it.
 */
class ChainCheck extends Div {

    final Button verify = new Button();
    final Div result = new Div();
    final Button showBroken = new Button();
    private long brokenFrom;
    private long brokenTo;

    ChainCheck(Supplier<ChainVerification> verifier, BiConsumer<Long, Long> showEntries) {
        verify.setText(getTranslation("audit.chain.verify"));
        verify.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        verify.setId("audit-verify");
        verify.setDisableOnClick(true);
        verify.addClickListener(e -> {
            try {
                show(verifier.get());
            } finally {
                verify.setEnabled(true);
            }
        });
        showBroken.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        showBroken.addClickListener(e -> showEntries.accept(brokenFrom, brokenTo));
        showBroken.setId("audit-show-broken");
        result.setId("audit-chain-result");
        result.setVisible(false);
        result.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        result.getElement().setAttribute("role", "status");
        add(verify, result);
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER);
    }

    private void show(ChainVerification v) {
        result.removeAll();
        result.setVisible(true);
        var when = Formats.dateTime(v.checkedAt(), getLocale());
        if (v.intact()) {
            result.add(new Badge(getTranslation("audit.chain.intact"), Badge.Tone.SUCCESS),
                    new Span(getTranslation("audit.chain.intactDetail", v.entries(), v.headHash(), when)));
            return;
        }
        var previous = v.previousEntryId();
        var explanation = getTranslation("audit.chain.problem." + v.problem().name(), v.brokenEntryId(),
                previous == null ? getTranslation("audit.chain.start") : getTranslation("audit.chain.entryRef", previous));
        showBroken.setText(getTranslation("audit.chain.show", v.brokenEntryId()));
        brokenFrom = previous == null ? v.brokenEntryId() : previous;
        brokenTo = v.brokenEntryId();
        var checked = v.entries() == 0 ? getTranslation("audit.chain.checked", when)
                : getTranslation("audit.chain.checkedBefore", v.entries(), when);
        result.add(new Badge(getTranslation("audit.chain.broken"), Badge.Tone.ERROR), new Span(explanation),
                new Span(checked), showBroken);
    }

    static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length())) + "…";
    }
}
