package nl.nazorg.beeldvorming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import nl.nazorg.partner.BerichtenLogboek;
import nl.nazorg.partner.Koppelingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** nazorg.koppelingen.injus.modus chooses exactly one Injus bean; a wrong value or missing authentication stops the start. */
class InjusKeuzeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Koppelingen.class)
    static class Instellingen {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Instellingen.class, IngebouwdeInjus.class, HttpInjus.class)
            .withBean(BerichtenLogboek.class, () -> mock(BerichtenLogboek.class));

    @Test
    void zonderInstellingIngebouwd() {
        context.run(gestart -> assertThat(gestart).hasSingleBean(Injus.class)
                .getBean(Injus.class).isInstanceOf(IngebouwdeInjus.class));
    }

    @Test
    void ingebouwd() {
        context.withPropertyValues("nazorg.koppelingen.injus.modus=ingebouwd")
                .run(gestart -> assertThat(gestart).hasSingleBean(Injus.class)
                        .getBean(Injus.class).isInstanceOf(IngebouwdeInjus.class));
    }

    @Test
    void http() {
        context.withPropertyValues("nazorg.koppelingen.injus.modus=http",
                        "nazorg.koppelingen.injus.url=https://berichtenbox.example.nl/v1",
                        "nazorg.koppelingen.injus.token=t0k3n")
                .run(gestart -> assertThat(gestart).hasSingleBean(Injus.class)
                        .getBean(Injus.class).isInstanceOf(HttpInjus.class));
    }

    @Test
    void onbekendeModusStartNiet() {
        context.withPropertyValues("nazorg.koppelingen.injus.modus=smtp")
                .run(gestart -> assertThat(gestart).hasFailed().getFailure()
                        .hasStackTraceContaining("nazorg.koppelingen.injus.modus"));
    }

    @Test
    void httpZonderAuthenticatieStartNiet() {
        context.withPropertyValues("nazorg.koppelingen.injus.modus=http",
                        "nazorg.koppelingen.injus.url=https://berichtenbox.example.nl")
                .run(gestart -> assertThat(gestart).hasFailed().getFailure()
                        .hasStackTraceContaining("nazorg.koppelingen.injus: geen authenticatie"));
    }
}
