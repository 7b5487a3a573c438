package nl.nazorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every top-level package is a module (Spring Modulith): their dependencies have a direction, without a cycle. The
 * kernel {@code casus} depends on no other module. The diagram in docs/modules is drawn by this test; after a change in
 * the structure, write it anew with {@code mvn test -Dtest=ModulesTest -Dmodules.schrijf=true}.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(NazorgApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesZonderCycli() {
        MODULES.verify();
    }

    @Test
    void deKernHangtVanNietsAf() {
        assertThat(MODULES.getModuleByName("casus").orElseThrow().getDirectDependencies(MODULES).stream())
                .as("modules waar casus van afhangt").isEmpty();
    }

    /**
     * The drawing itself is not compared: Modulith writes its elements in no fixed order. Every module that depends on
     * another must be in it (Modulith leaves out a module without any dependency), so a new module without a new
     * drawing fails here.
     */
    @Test
    void hetDiagramInDocsToontElkeModule() throws Exception {
        Path doel = Boolean.getBoolean("modules.schrijf") ? DOCS : Path.of("target", "modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(doel.toString())).writeModulesAsPlantUml();
        String getekend = Files.readString(DOCS.resolve("components.puml"));
        MODULES.stream().filter(module -> module.getDirectDependencies(MODULES).stream().findAny().isPresent())
                .forEach(module -> assertThat(getekend)
                .as("docs/modules/components.puml toont module %s; schrijf hem opnieuw met -Dmodules.schrijf=true",
                        module.getName())
                .contains("\"" + module.getDisplayName() + "\""));
    }
}
