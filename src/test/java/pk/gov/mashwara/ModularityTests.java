package pk.gov.mashwara;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's published API and form no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void documents_the_modules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
