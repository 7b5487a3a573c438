package nl.nazorg.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.nazorg.monitoring.Bereik;
import nl.nazorg.monitoring.Periode;
import nl.nazorg.monitoring.Rapportages;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's demo command with the demo-year option, on its own H2 database as a newcomer's first run: the
 * year is simulated once at start-up through the real processes, in the memo's proportions, and the application
 * is then left running on real time with its job executor.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demojaar;DB_CLOSE_DELAY=-1",
        "nazorg.demo-jaar.casussen=40",
        // an engine name of its own, and closed afterwards: the webapps of the other tests' context look up their
        // engine by name in a JVM-wide registry
        "camunda.bpm.process-engine-name=demojaar"})
@ActiveProfiles({"demo", "demo-jaar"})
@DirtiesContext
class DemoJaarTest {

    @Autowired DemoJaar demoJaar;
    @Autowired JdbcTemplate jdbc;
    @Autowired Rapportages rapportages;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfigurationImpl engine;

    @Test
    void eenJaarInDeVerhoudingenVanDeMemoDoorDeEchteProcessen() {
        assertThat(jdbc.queryForObject("select count(*) from rapportage_casus", Integer.class)).isEqualTo(40);
        assertThat(jdbc.queryForList("select pi_code, count(*) aantal from rapportage_casus group by pi_code order by pi_code"))
                .extracting(rij -> rij.get("PI_CODE") + "=" + rij.get("AANTAL"))
                .containsExactly("roermond=8", "sittard=9", "ter-peel=23");
        assertThat(jdbc.queryForObject("select count(*) from rapportage_zelfmelder", Integer.class)).isEqualTo(2);

        Integer uitgestroomd = jdbc.queryForObject("select count(*) from rapportage_casus where uitstroomdatum is not null", Integer.class);
        Integer binnenTweeMaanden = jdbc.queryForObject("select count(*) from rapportage_casus "
                + "where uitstroomdatum is not null and uitstroomdatum <= dateadd(day, 61, insluitingsdatum)", Integer.class);
        assertThat(uitgestroomd).isBetween(20, 40);
        assertThat(binnenTweeMaanden).isGreaterThanOrEqualTo(uitgestroomd * 6 / 10);

        Periode jaar = new Periode(LocalDate.now().minusYears(1), LocalDate.now());
        List<Map<String, Object>> termijnen = rapportages.maak("termijnen", jaar, Bereik.allesZien()).rijen();
        assertThat(termijnen).extracting(rij -> rij.get("termijn")).containsExactly("bekendheid", "contact", "afstemmen", "intake",
                "informatieblad", "plan");
        assertThat(termijnen).allSatisfy(rij -> assertThat((Number) rij.get("aantal")).matches(n -> n.intValue() > 0));
        assertThat(termijnen).as("some deadlines met, some missed").anySatisfy(rij ->
                assertThat(((Number) rij.get("tijdig")).intValue()).isLessThan(((Number) rij.get("aantal")).intValue()));
        assertThat(termijnen).anySatisfy(rij -> assertThat(((Number) rij.get("tijdig")).intValue()).isPositive());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("nazorg").count())
                .as("people still detained have open cases").isPositive();
        assertThat(management.createJobQuery().noRetriesLeft().count()).as("incidents").isZero();

        assertThat(engine.getJobExecutor().isActive()).isTrue();
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));

        demoJaar.simuleerHetAfgelopenJaar();
        assertThat(jdbc.queryForObject("select count(*) from rapportage_casus", Integer.class)).as("second start").isEqualTo(40);
    }
}
