package pk.gov.mashwara;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;

/** The layering rules of HOUSE-STYLE that the module structure alone does not enforce. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("pk.gov.mashwara");

    @Test
    void vaadin_stays_in_ui_packages_and_the_app_shell() {
        noClasses().that().resideOutsideOfPackages("..ui..").and().doNotHaveFullyQualifiedName(AppShell.class.getName())
                .and().doNotHaveFullyQualifiedName(MainLayout.class.getName())
                // the web security chain plugs Vaadin's configurer into Spring Security
                .and().doNotHaveFullyQualifiedName("pk.gov.mashwara.security.WebSecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("views are the only place for UI code").check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_repositories_or_entities() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("views and controllers go through application services").check(CLASSES);
    }

    @Test
    void repositories_are_used_only_inside_their_own_module() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed()
                .byClassesThat().resideInAPackage("..domain..").orShould().onlyBeAccessed()
                .byAnyPackage("pk.gov.mashwara.draft..", "pk.gov.mashwara.directory..", "pk.gov.mashwara.audit..",
                        "pk.gov.mashwara.search..", "pk.gov.mashwara.notification..", "pk.gov.mashwara.review..",
                        "pk.gov.mashwara.routing..", "pk.gov.mashwara.text..", "pk.gov.mashwara.desk..",
                        "pk.gov.mashwara.directions..",
                        "pk.gov.mashwara.datarequest..",
                        "pk.gov.mashwara.statement..",
                        "pk.gov.mashwara.engagement..")
                .check(CLASSES);
    }

    @Test
    void background_catalogues_are_never_used_by_views_or_controllers() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().haveFullyQualifiedName("pk.gov.mashwara.draft.DraftCatalog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("pk.gov.mashwara.text.VersionTexts")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("pk.gov.mashwara.directory.People")
                .because("they answer without asking who is asking; users go through checked services").check(CLASSES);
    }

    @Test
    void application_services_are_transactional_and_check_permissions() {
        classes().that().areAnnotatedWith(Service.class).should().beAnnotatedWith(Transactional.class)
                .andShould().beAnnotatedWith(PreAuthorize.class)
                .because("every service method runs in a transaction and checks who calls it").check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void only_the_routing_module_moves_a_draft() {
        noClasses().that().resideOutsideOfPackage("pk.gov.mashwara.routing")
                .and().doNotHaveFullyQualifiedName("pk.gov.mashwara.draft.DraftService")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("transition"))
                        .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe("a draft",
                                                c -> c.getName().startsWith("pk.gov.mashwara.draft"))))))
                .because("every move of a draft is a routing action, checked against the rule book (decision 015)")
                .check(CLASSES);
    }
}
