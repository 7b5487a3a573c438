package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.nazorg.NazorgApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** Outside the demo profile no start without an administrator of one's own; the message names what to set. */
class BeheerderUitConfiguratieTest {

    private final BeheerderUitConfiguratie controle = new BeheerderUitConfiguratie();

    @Test
    void zonderProfielEnZonderBeheerderStartDeApplicatieNiet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NazorgApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:h2:mem:nooit").run())
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID").hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }

    @Test
    void eenZwakOfOntbrekendWachtwoordWordtGeweigerd() {
        assertThatThrownBy(() -> controle.postProcessEnvironment(omgeving("beheer", null), null))
                .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
        assertThatThrownBy(() -> controle.postProcessEnvironment(omgeving("beheerder-nazorg", "beheerder-nazorg"), null))
                .hasMessageContaining("niet gelijk aan de gebruikersnaam");
        assertThatThrownBy(() -> controle.postProcessEnvironment(omgeving("beheer", "kort"), null))
                .hasMessageContaining("minstens 12 tekens");
    }

    @Test
    void eenEigenBeheerderOfHetDemoprofielMag() {
        assertThatCode(() -> controle.postProcessEnvironment(omgeving("beheer", "Lang-genoeg-wachtwoord-7"), null))
                .doesNotThrowAnyException();
        MockEnvironment demo = omgeving(null, null);
        demo.setActiveProfiles("demo");
        assertThatCode(() -> controle.postProcessEnvironment(demo, null)).doesNotThrowAnyException();
        assertThat(demo.getProperty("camunda.bpm.admin-user.id")).isNull();
    }

    private static MockEnvironment omgeving(String id, String wachtwoord) {
        MockEnvironment omgeving = new MockEnvironment();
        if (id != null) {
            omgeving.setProperty("camunda.bpm.admin-user.id", id);
        }
        if (wachtwoord != null) {
            omgeving.setProperty("camunda.bpm.admin-user.password", wachtwoord);
        }
        return omgeving;
    }
}
