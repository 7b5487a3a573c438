package nl.nazorg.zvh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Map;

import nl.nazorg.partner.Koppelingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * nazorg.koppelingen.gcos.modus and nazorg.koppelingen.gemeente-teams.modus each choose exactly one bean of their
 * port; the CSV import of the built-in register exists only beside it; a wrong value or missing URL stops the start.
 */
class ZvhKoppelingKeuzeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Koppelingen.class)
    static class Instellingen {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Instellingen.class, IngebouwdZvhRegister.class, HttpZvhRegister.class,
                    ZvhRegisterCsvImport.class, IngebouwdeGemeenteTeams.class, HttpGemeenteTeams.class)
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class));

    @Test
    void zonderInstellingIngebouwd() {
        context.run(gestart -> {
            assertThat(gestart).hasSingleBean(ZvhRegister.class).hasSingleBean(GemeenteTeams.class);
            assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(IngebouwdZvhRegister.class);
            assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(IngebouwdeGemeenteTeams.class);
            assertThat(gestart).hasSingleBean(ZvhRegisterCsvImport.class);
        });
    }

    @Test
    void metDeApplicationYamlIngebouwd() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(gestart -> {
            assertThat(gestart).hasSingleBean(ZvhRegister.class).hasSingleBean(GemeenteTeams.class);
            assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(IngebouwdZvhRegister.class);
            assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(IngebouwdeGemeenteTeams.class);
            assertThat(gestart.getBean(Koppelingen.class).gcos().readTimeout()).hasSeconds(30);
        });
    }

    @Test
    void ingebouwd() {
        context.withPropertyValues("nazorg.koppelingen.gcos.modus=ingebouwd",
                        "nazorg.koppelingen.gemeente-teams.modus=ingebouwd")
                .run(gestart -> {
                    assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(IngebouwdZvhRegister.class);
                    assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(IngebouwdeGemeenteTeams.class);
                });
    }

    @Test
    void http() {
        context.withPropertyValues("nazorg.koppelingen.gcos.modus=http",
                        "nazorg.koppelingen.gcos.url=https://gcos.example.nl/api",
                        "nazorg.koppelingen.gcos.gebruiker=nazorg", "nazorg.koppelingen.gcos.wachtwoord=geheim",
                        "nazorg.koppelingen.gemeente-teams.modus=http",
                        "nazorg.koppelingen.gemeente-teams.url=https://teams.venlo.example.nl",
                        "nazorg.koppelingen.gemeente-teams.token=t0k3n")
                .run(gestart -> {
                    assertThat(gestart).hasSingleBean(ZvhRegister.class).hasSingleBean(GemeenteTeams.class);
                    assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(HttpZvhRegister.class);
                    assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(HttpGemeenteTeams.class);
                    assertThat(gestart).doesNotHaveBean(ZvhRegisterCsvImport.class);
                });
    }

    @Test
    void gemengd() {
        context.withPropertyValues("nazorg.koppelingen.gcos.modus=http",
                        "nazorg.koppelingen.gcos.url=https://gcos.example.nl", "nazorg.koppelingen.gcos.token=t0k3n")
                .run(gestart -> {
                    assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(HttpZvhRegister.class);
                    assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(IngebouwdeGemeenteTeams.class);
                });
    }

    @Test
    void omgevingsvariabelenZoalsDeReadmeZeNoemt() {
        context.withInitializer(toepassing -> {
            var bronnen = toepassing.getEnvironment().getPropertySources();
            bronnen.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                    "NAZORG_KOPPELINGEN_GEMEENTETEAMS_MODUS", "http",
                    "NAZORG_KOPPELINGEN_GEMEENTETEAMS_URL", "https://teams.venlo.example.nl",
                    "NAZORG_KOPPELINGEN_GEMEENTETEAMS_TOKEN", "t0k3n",
                    "NAZORG_KOPPELINGEN_GEMEENTETEAMS_READTIMEOUT", "10s")));
            ConfigurationPropertySources.attach(toepassing.getEnvironment());
        }).run(gestart -> {
            assertThat(gestart.getBean(GemeenteTeams.class)).isInstanceOf(HttpGemeenteTeams.class);
            assertThat(gestart.getBean(Koppelingen.class).gemeenteTeams().readTimeout()).hasSeconds(10);
            assertThat(gestart.getBean(ZvhRegister.class)).isInstanceOf(IngebouwdZvhRegister.class);
        });
    }

    @Test
    void onbekendeModusStartNiet() {
        context.withPropertyValues("nazorg.koppelingen.gcos.modus=htp")
                .run(gestart -> assertThat(gestart).hasFailed().getFailure()
                        .hasStackTraceContaining("nazorg.koppelingen.gcos.modus"));
    }

    @Test
    void httpZonderUrlStartNiet() {
        context.withPropertyValues("nazorg.koppelingen.gemeente-teams.modus=http",
                        "nazorg.koppelingen.gemeente-teams.token=t0k3n")
                .run(gestart -> assertThat(gestart).hasFailed().getFailure()
                        .hasStackTraceContaining("nazorg.koppelingen.gemeente-teams.url ontbreekt"));
    }
}
