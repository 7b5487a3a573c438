package nl.nazorg;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the whole application on PostgreSQL, served on a random port, with the demo
 * users, sending its mail to partners through a real SMTP server in the test (GreenMail; the channel is set in
 * application-test.yaml, so a subclass can choose another). The job executor is off: tests run jobs themselves and
 * move the engine's clock for timers. All subclasses without properties of their own share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcesTestConfiguratie.class)
@ActiveProfiles({"demo", "test"})
public abstract class PostgresSpringTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", TestMailserver::poort);
    }
}
