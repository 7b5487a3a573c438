package nl.nazorg.bewaartermijn;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily clean-up of expired personal data. */
@Configuration
@EnableScheduling
class Planning {
}
