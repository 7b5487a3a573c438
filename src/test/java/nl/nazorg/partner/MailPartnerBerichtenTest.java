package nl.nazorg.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import nl.nazorg.plan.DrPlanDocument;
import nl.nazorg.plan.TestVariabelen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMTP channel with its outbox, against GreenMail (an SMTP server in the test): a step records its mail in its own
 * transaction and nothing leaves before that commits; {@link MailVerzender} then delivers it once, with its PDF and a
 * Message-ID from its key; a failing server means retries and, after three, an incident in Camunda that goes away when
 * the mail has gone; two senders at once on PostgreSQL never send one mail twice.
 */
class MailPartnerBerichtenTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    private static final String AFZENDER = "nazorg@nazorg.example.nl";
    private static final Instant START = Instant.parse("2026-03-27T13:00:00Z");

    /** A Camunda engine on a database with the application's tables, for the incidents. */
    private static DataSource engineDatabase;
    private static ProcessEngine engine;

    private DataSource database;
    private DataSourceTransactionManager transacties;
    private BerichtenLogboek logboek;
    private String detentieId;

    @BeforeAll
    static void startEngine() {
        engineDatabase = PartnerTestDatabase.h2();
        SpringTransactionsProcessEngineConfiguration configuratie = new SpringTransactionsProcessEngineConfiguration();
        configuratie.setProcessEngineName("mailverzender-test");
        configuratie.setDataSource(engineDatabase);
        configuratie.setTransactionManager(new DataSourceTransactionManager(engineDatabase));
        configuratie.setDatabaseSchemaUpdate("true");
        configuratie.setJobExecutorActivate(false);
        configuratie.setEnforceHistoryTimeToLive(false);
        engine = configuratie.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("wacht.bpmn",
                Bpmn.createExecutableProcess("wacht").startEvent().userTask("Task_Wacht").endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void zetOp() {
        gebruik(PartnerTestDatabase.h2());
        detentieId = "DET-" + UUID.randomUUID();
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void mailGaatPasNaDeCommitVanDeStapWegMetDePdfAlsBijlage() throws Exception {
        byte[] pdf = pdf();

        inStap(() -> berichten().verstuur(plan("pi-1", "nazorg@zvh-noord.example.nl", pdf)));
        assertThat(GREENMAIL.getReceivedMessages()).as("nothing sent by the step itself").isEmpty();
        assertThat(openstaand()).isEqualTo(1);

        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        MimeMessage[] mails = GREENMAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo("D&R-plan detentie " + detentieId);
        assertThat(mail.getFrom()[0].toString()).isEqualTo(AFZENDER);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("nazorg@zvh-noord.example.nl");
        assertThat(mail.getMessageID()).isEqualTo(MailVerzender.berichtId("pi-1/Task_DeelPlan/nazorg@zvh-noord.example.nl"));
        Multipart delen = (Multipart) mail.getContent();
        BodyPart bijlage = null;
        String tekst = null;
        for (int i = 0; i < delen.getCount(); i++) {
            BodyPart deel = delen.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(deel.getDisposition())) {
                bijlage = deel;
            } else {
                tekst = tekstVan(deel);
            }
        }
        assertThat(tekst).contains("In de bijlage vindt u het vastgestelde D&R-plan van Ş. Kılıç.");
        assertThat(bijlage).isNotNull();
        assertThat(bijlage.getFileName()).isEqualTo("DR-plan-" + detentieId + ".pdf");
        assertThat(bijlage.getContentType()).startsWith("application/pdf");
        try (InputStream in = bijlage.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(openstaand()).isZero();
        assertThat(new JdbcTemplate(database).queryForObject(
                "select count(*) from uitgaande_mail where bijlage is null and verstuurd_op is not null", Integer.class))
                .as("the attachment leaves the outbox once sent; the document stays in table document").isEqualTo(1);
        assertThat(logboek.voorCasus(detentieId)).singleElement().satisfies(bericht -> {
            assertThat(bericht.kanaal()).isEqualTo(Bericht.Kanaal.MAIL);
            assertThat(bericht.ontvanger()).isEqualTo("nazorg@zvh-noord.example.nl");
            assertThat(bericht.bijlage()).isEqualTo("DR-plan-" + detentieId + ".pdf");
            assertThat(bericht.verzondenOp()).isEqualTo(START);
        });

        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();
        assertThat(GREENMAIL.getReceivedMessages()).as("a second round sends nothing again").hasSize(1);
    }

    @Test
    void stapDieMisluktLaatGeenMailAchter() throws Exception {
        assertThatThrownBy(() -> inStap(() -> {
            berichten().verstuur(plan("pi-1", "nazorg@zvh-noord.example.nl", pdf()));
            throw new IllegalStateException("de stap faalt na het versturen");
        })).hasMessageContaining("de stap faalt");

        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
        assertThat(openstaand()).isZero();
        assertThat(logboek.voorCasus(detentieId)).isEmpty();
    }

    @Test
    void herhaaldeStapZetDeMailNietNogmaalsKlaar() throws Exception {
        Bericht bericht = plan("pi-1", "nazorg@reclassering.example.nl", pdf());

        inStap(() -> berichten().verstuur(bericht));
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();
        inStap(() -> berichten().verstuur(bericht));
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(logboek.voorCasus(detentieId)).hasSize(1);
    }

    @Test
    void onbereikbareServerWordtLaterOpnieuwGeprobeerd() throws Exception {
        inStap(() -> berichten().verstuur(plan("pi-1", "nazorg@zvh-noord.example.nl", pdf())));

        verzender(vrijePoort()).verstuurWatKlaarstaat();
        assertThat(openstaand()).as("still in the outbox").isEqualTo(1);
        assertThat(new JdbcTemplate(database).queryForObject("select laatste_fout from uitgaande_mail", String.class))
                .contains("poging 1");
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();
        assertThat(GREENMAIL.getReceivedMessages()).as("waits 30 s before the next attempt").isEmpty();

        ClockUtil.setCurrentTime(Date.from(START.plusSeconds(31)));
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(openstaand()).isZero();
    }

    @Test
    void naDriePogingenEenIncidentInCamundaDatVerdwijntAlsDeMailWeg() throws Exception {
        gebruik(engineDatabase);
        RuntimeService runtime = engine.getRuntimeService();
        String procesId = runtime.startProcessInstanceByKey("wacht").getId();
        inStap(() -> berichten().verstuur(plan(procesId, "nazorg@venlo.example.nl", pdf())));
        MailVerzender onbereikbaar = verzender(vrijePoort());

        for (int poging = 1; poging <= 3; poging++) {
            assertThat(runtime.createIncidentQuery().processInstanceId(procesId).count())
                    .as("no incident before attempt %d", poging).isZero();
            onbereikbaar.verstuurWatKlaarstaat();
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))));
        }

        assertThat(runtime.createIncidentQuery().processInstanceId(procesId).incidentType(MailVerzender.INCIDENTTYPE)
                .singleResult().getIncidentMessage()).contains("poging 3").contains("nazorg@venlo.example.nl");
        onbereikbaar.verstuurWatKlaarstaat();
        assertThat(runtime.createIncidentQuery().processInstanceId(procesId).count()).as("one incident, not one per attempt")
                .isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))));
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(procesId).count()).isZero();
    }

    @Test
    void tweeVerzendersTegelijkOpPostgresVersturenElkeMailEenmaal() throws Exception {
        String schema = "mailuitgang_" + UUID.randomUUID().toString().replace("-", "");
        DataSource postgres = PartnerTestDatabase.postgres(schema);
        try {
            gebruik(postgres);
            int aantal = 40;
            inStap(() -> {
                for (int i = 0; i < aantal; i++) {
                    berichten().verstuur(new Bericht("pi-" + i + "/Task_DeelPlan/nazorg@venlo.example.nl", detentieId,
                            Bericht.Kanaal.MAIL, "nazorg@venlo.example.nl", "Bericht " + i, "tekst " + i));
                }
            });
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<?>[] verzenders = new CompletableFuture<?>[2];
            for (int i = 0; i < verzenders.length; i++) {
                MailVerzender verzender = verzender(GREENMAIL.getSmtp().getPort());
                verzenders[i] = CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    verzender.verstuurWatKlaarstaat();
                });
            }
            start.countDown();
            CompletableFuture.allOf(verzenders).join();

            MimeMessage[] mails = GREENMAIL.getReceivedMessages();
            assertThat(mails).hasSize(aantal);
            assertThat(Arrays.stream(mails).map(MailPartnerBerichtenTest::messageId).distinct()).hasSize(aantal);
            assertThat(openstaand()).isZero();
        } finally {
            PartnerTestDatabase.verwijder(postgres, schema);
        }
    }

    @Test
    void meerdereMailsDelenEenVerbindingMetDeServer() throws Exception {
        int aantal = 2 * MailVerzender.PER_VERBINDING + 3;
        inStap(() -> {
            for (int i = 0; i < aantal; i++) {
                berichten().verstuur(new Bericht("pi-" + i + "/Task_Termijn/nazorg@venlo.example.nl", detentieId,
                        Bericht.Kanaal.MAIL, "nazorg@venlo.example.nl", "Bericht " + i, "tekst " + i));
            }
        });
        AtomicInteger verbindingen = new AtomicInteger();

        verzender(GREENMAIL.getSmtp().getPort(), verbindingen).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).hasSize(aantal);
        assertThat(Arrays.stream(GREENMAIL.getReceivedMessages()).map(MailPartnerBerichtenTest::onderwerp))
                .as("in the order they were put in the outbox")
                .containsExactlyElementsOf(IntStream.range(0, aantal).mapToObj(i -> "Bericht " + i).toList());
        assertThat(openstaand()).isZero();
        assertThat(verbindingen).as("one connection to the mail server per %d mails, not one per mail",
                MailVerzender.PER_VERBINDING).hasValue(3);
    }

    @Test
    void mailDieNietKanWordenOpgesteldWachtOpEenNieuwePogingEnDeRestGaatWeg() throws Exception {
        inStap(() -> {
            for (int i = 0; i < 5; i++) {
                String ontvanger = i == 2 ? "nazorg@venlo.example.nl, nazorg@venray.example.nl" : "nazorg@venlo.example.nl";
                berichten().verstuur(new Bericht("pi-" + i + "/Task_Termijn/" + ontvanger, detentieId,
                        Bericht.Kanaal.MAIL, ontvanger, "Bericht " + i, "tekst " + i));
            }
        });

        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(Arrays.stream(GREENMAIL.getReceivedMessages()).map(MailPartnerBerichtenTest::onderwerp))
                .containsExactly("Bericht 0", "Bericht 1", "Bericht 3", "Bericht 4");
        assertThat(new JdbcTemplate(database).queryForMap(
                "select onderwerp, pogingen, volgende_poging, laatste_fout from uitgaande_mail where verstuurd_op is null"))
                .containsEntry("ONDERWERP", "Bericht 2").containsEntry("POGINGEN", 1)
                .hasEntrySatisfying("LAATSTE_FOUT", fout -> assertThat(fout.toString()).contains("poging 1"))
                .hasEntrySatisfying("VOLGENDE_POGING", moment -> assertThat(moment).isNotNull());
    }

    @Test
    void berichtVoorEenAnderKanaalWordtAlleenVastgelegd() {
        inStap(() -> berichten().verstuur(new Bericht(detentieId + "/Task_InformeerPi/coordinator",
                detentieId, Bericht.Kanaal.GCOS, "coordinator-nazorg-noord-limburg", "Uitkomst check", "tekst")));
        verzender(GREENMAIL.getSmtp().getPort()).verstuurWatKlaarstaat();

        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
        assertThat(openstaand()).isZero();
        assertThat(logboek.voorCasus(detentieId)).extracting(BerichtenLogboek.VerzondenBericht::kanaal)
                .containsExactly(Bericht.Kanaal.GCOS);
    }

    @Test
    void zonderAfzenderStartDeVerzenderNiet() {
        assertThatThrownBy(() -> new MailVerzender(new JavaMailSenderImpl(), new UitgaandeMail(new JdbcTemplate(database)),
                transacties, engine.getRuntimeService(), new BerichtenInstellingen(BerichtenInstellingen.Kanaal.SMTP, " ", null)))
                .hasMessageContaining("nazorg.berichten.afzender");
    }

    private void gebruik(DataSource gekozen) {
        database = gekozen;
        transacties = new DataSourceTransactionManager(gekozen);
        logboek = new BerichtenLogboek(new JdbcTemplate(gekozen));
    }

    /** As a Camunda job does: the step's work in one transaction. */
    private void inStap(Runnable stap) {
        new TransactionTemplate(transacties).executeWithoutResult(status -> stap.run());
    }

    private MailPartnerBerichten berichten() {
        return new MailPartnerBerichten(logboek, new UitgaandeMail(new JdbcTemplate(database)));
    }

    private MailVerzender verzender(int poort) {
        return verzender(poort, new AtomicInteger());
    }

    /** A sender whose connections to the mail server are counted in {@code verbindingen}. */
    private MailVerzender verzender(int poort, AtomicInteger verbindingen) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl() {
            @Override
            protected Transport connectTransport() throws MessagingException {
                verbindingen.incrementAndGet();
                return super.connectTransport();
            }
        };
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(poort);
        mailSender.setDefaultEncoding("UTF-8");
        Properties eigenschappen = new Properties();
        eigenschappen.put("mail.smtp.connectiontimeout", "5000");
        eigenschappen.put("mail.smtp.timeout", "5000");
        eigenschappen.put("mail.smtp.writetimeout", "5000");
        mailSender.setJavaMailProperties(eigenschappen);
        return new MailVerzender(mailSender, new UitgaandeMail(new JdbcTemplate(database)), transacties,
                engine.getRuntimeService(), new BerichtenInstellingen(BerichtenInstellingen.Kanaal.SMTP, AFZENDER, null));
    }

    private int openstaand() {
        return new JdbcTemplate(database).queryForObject("select count(*) from uitgaande_mail where verstuurd_op is null",
                Integer.class);
    }

    private Bericht plan(String procesId, String ontvanger, byte[] pdf) {
        return new Bericht(procesId + "/Task_DeelPlan/" + ontvanger, detentieId, Bericht.Kanaal.MAIL, ontvanger,
                "D&R-plan detentie " + detentieId, "Geachte heer/mevrouw,\n\nIn de bijlage vindt u het vastgestelde D&R-plan van Ş. Kılıç.",
                Bijlage.pdf("DR-plan-" + detentieId + ".pdf", pdf));
    }

    /** A real D&R-plan PDF (any bytes would do; this keeps the attachment realistic). */
    private static byte[] pdf() {
        DrPlanDocument document = new DrPlanDocument(TestVariabelen.gegevens(), TestVariabelen.opmaak());
        return document.pdf(document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan()))).inhoud();
    }

    private static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tekstVan(Part deel) throws Exception {
        Object inhoud = deel.getContent();
        if (inhoud instanceof Multipart multipart) {
            StringBuilder tekst = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                tekst.append(tekstVan(multipart.getBodyPart(i)));
            }
            return tekst.toString();
        }
        return inhoud.toString();
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
