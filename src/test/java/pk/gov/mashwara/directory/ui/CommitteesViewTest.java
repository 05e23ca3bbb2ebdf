package pk.gov.mashwara.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class CommitteesViewTest extends UiTest {

    @Test
    void the_standard_committees_are_listed_with_the_regulators_ministries() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(CommitteesView.class);
        var grid = test(view.grid);
        var rows = new java.util.ArrayList<CommitteeInfo>();
        for (var i = 0; i < grid.size(); i++) {
            rows.add((CommitteeInfo) grid.getRow(i));
        }
        assertThat(rows).extracting(CommitteeInfo::code)
                .contains("NSMCWG", "MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET");
        assertThat(rows).filteredOn(c -> c.code().equals("PTA")).extracting(CommitteeInfo::administrativeMinistryCode)
                .containsExactly("MOIT");
        assertThat(rows).filteredOn(c -> c.code().equals("PEMRA")).extracting(CommitteeInfo::administrativeMinistryCode)
                .containsExactly("MOIB");
    }

    @Test
    void an_administrator_adds_a_division() {
        signIn(fixtures.user(null, Role.ADMIN));
        var view = navigate(CommitteesView.class);
        test(view.add).click();
        var dialog = find(CommitteeDialog.class).single();
        var code = "FIN" + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace('-', '_');

        test(dialog.code).setValue(code);
        test(dialog.name).setValue("Finance Division");
        test(dialog.nameUr).setValue("فنانس ڈویژن");
        dialog.type.setValue(CommitteeType.DIVISION);
        test(dialog.saveButton()).click();

        assertThat(dialog.isOpened()).isFalse();
        var grid = test(view.grid);
        var found = false;
        for (var i = 0; i < grid.size(); i++) {
            var row = (CommitteeInfo) grid.getRow(i);
            found |= row.code().equals(code) && row.nameUr().equals("فنانس ڈویژن") && row.active();
        }
        assertThat(found).isTrue();
    }
}
