package nl.nazorg;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Test wiring shared by every Spring test: Camunda's process test coverage (reports under
 * target/process-test-coverage, checked by ModeldekkingIT after the tests) and a ZVH register
 * that a test can make fail, to see retries and incidents.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcesTestConfiguratie {

    @Bean
    @Primary
    StorendZvhRegister storendZvhRegister(nl.nazorg.zvh.IngebouwdZvhRegister ingebouwd) {
        return new StorendZvhRegister(ingebouwd);
    }
}
