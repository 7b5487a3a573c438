package nl.nazorg.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** nazorg.berichten.kanaal chooses exactly one PartnerBerichten bean; a wrong value stops the start. */
class PartnerBerichtenKeuzeTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BerichtenInstellingen.class)
    static class Instellingen {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Instellingen.class, IngebouwdePartnerBerichten.class, MailPartnerBerichten.class)
            .withBean(BerichtenLogboek.class, () -> mock(BerichtenLogboek.class))
            .withBean(UitgaandeMail.class, () -> mock(UitgaandeMail.class))
            .withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
            .withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
            .withPropertyValues("nazorg.berichten.afzender=nazorg@nazorg.example.nl");

    @Test
    void zonderInstellingHetLogboek() {
        context.run(gestart -> assertThat(gestart).hasSingleBean(PartnerBerichten.class)
                .getBean(PartnerBerichten.class).isInstanceOf(IngebouwdePartnerBerichten.class));
    }

    @Test
    void logboek() {
        context.withPropertyValues("nazorg.berichten.kanaal=logboek")
                .run(gestart -> assertThat(gestart).hasSingleBean(PartnerBerichten.class)
                        .getBean(PartnerBerichten.class).isInstanceOf(IngebouwdePartnerBerichten.class));
    }

    @Test
    void smtp() {
        context.withPropertyValues("nazorg.berichten.kanaal=smtp")
                .run(gestart -> assertThat(gestart).hasSingleBean(PartnerBerichten.class)
                        .getBean(PartnerBerichten.class).isInstanceOf(MailPartnerBerichten.class));
    }

    @Test
    void onbekendKanaalStartNiet() {
        context.withPropertyValues("nazorg.berichten.kanaal=smpt")
                .run(gestart -> assertThat(gestart).hasFailed().getFailure()
                        .hasStackTraceContaining("nazorg.berichten.kanaal"));
    }

    @Test
    void gemeenteMailboxOngeachtHoofdletters() {
        PartnerAdressen adressen = nl.nazorg.plan.TestVariabelen.adressen();
        assertThat(adressen.gemeenteMailbox("GM0983")).contains("nazorg@venlo.example.nl");
        assertThat(adressen.gemeenteMailbox("gm0983")).contains("nazorg@venlo.example.nl");
        assertThat(adressen.gemeenteMailbox("GM0957")).isEmpty();
        assertThat(adressen.gemeenteMailbox(null)).isEmpty();
    }
}
