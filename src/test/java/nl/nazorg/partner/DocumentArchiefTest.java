package nl.nazorg.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The document archive and the logboek's attachment column on both databases: H2 (demo) and PostgreSQL. */
class DocumentArchiefTest {

    private static final String SCHEMA = "partner_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static DataSource h2;
    private static DataSource postgres;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static synchronized DataSource database(String naam) {
        if (naam.equals("h2")) {
            if (h2 == null) {
                h2 = PartnerTestDatabase.h2();
            }
            return h2;
        }
        if (postgres == null) {
            postgres = PartnerTestDatabase.postgres(SCHEMA);
        }
        return postgres;
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @AfterAll
    static void ruimOp() {
        if (postgres != null) {
            PartnerTestDatabase.verwijder(postgres, SCHEMA);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void bewaarEenmaalPerSleutelEnLeesTerug(String naam) {
        DocumentArchief archief = new DocumentArchief(new JdbcTemplate(database(naam)));
        String detentieId = "DET-" + UUID.randomUUID();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-27T13:00:00Z")));
        byte[] pdf = "%PDF-1.7 het plan \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);

        DocumentArchief.OpgeslagenDocument eerste = archief.bewaar("pi/Task_DeelPlan/DR_PLAN", detentieId,
                Document.Soort.DR_PLAN, Bijlage.pdf("DR-plan-" + detentieId + ".pdf", pdf));
        DocumentArchief.OpgeslagenDocument nogmaals = archief.bewaar("pi/Task_DeelPlan/DR_PLAN", detentieId,
                Document.Soort.DR_PLAN, Bijlage.pdf("DR-plan-" + detentieId + ".pdf", "andere inhoud".getBytes(StandardCharsets.UTF_8)));

        assertThat(nogmaals.document()).isEqualTo(eerste.document());
        assertThat(nogmaals.inhoud()).isEqualTo(pdf);
        assertThat(eerste.document().grootte()).isEqualTo(pdf.length);
        assertThat(eerste.document().sha256()).isEqualTo(DocumentArchief.sha256(pdf)).hasSize(64);
        assertThat(eerste.document().aangemaaktOp()).isEqualTo(Instant.parse("2026-03-27T13:00:00Z"));
        assertThat(eerste.alsBijlage()).isEqualTo(Bijlage.pdf("DR-plan-" + detentieId + ".pdf", pdf));

        archief.bewaar("pi/Task_VerstuurOverdracht/OVERDRACHT", detentieId, Document.Soort.OVERDRACHT,
                Bijlage.pdf("Overdracht-" + detentieId + ".pdf", new byte[300_000]));
        assertThat(archief.lijst(detentieId)).extracting(Document::soort, Document::grootte)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Document.Soort.DR_PLAN, (long) pdf.length),
                        org.assertj.core.groups.Tuple.tuple(Document.Soort.OVERDRACHT, 300_000L));
        assertThat(archief.lijst("DET-onbekend")).isEmpty();

        long id = archief.lijst(detentieId).get(1).id();
        assertThat(archief.lees(id)).get().satisfies(document -> {
            assertThat(document.document().bestandsnaam()).isEqualTo("Overdracht-" + detentieId + ".pdf");
            assertThat(document.document().detentieId()).isEqualTo(detentieId);
            assertThat(document.inhoud()).hasSize(300_000);
        });
        assertThat(archief.lees(-1)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void logboekLegtDeBijlageVast(String naam) {
        BerichtenLogboek logboek = new BerichtenLogboek(new JdbcTemplate(database(naam)));
        String detentieId = "DET-" + UUID.randomUUID();

        assertThat(logboek.legVast(new Bericht(detentieId + "/plan/zvh", detentieId, Bericht.Kanaal.MAIL, "zvh@example.nl",
                "D&R-plan", "tekst", Bijlage.pdf("DR-plan.pdf", new byte[] {1})))).isTrue();
        assertThat(logboek.legVast(new Bericht(detentieId + "/informeer", detentieId, Bericht.Kanaal.GCOS, "coordinator",
                "Uitkomst", "tekst"))).isTrue();
        assertThat(logboek.legVast(new Bericht(detentieId + "/informeer", detentieId, Bericht.Kanaal.GCOS, "coordinator",
                "Uitkomst", "tekst"))).isFalse();

        assertThat(logboek.voorCasus(detentieId)).extracting(BerichtenLogboek.VerzondenBericht::ontvanger,
                        BerichtenLogboek.VerzondenBericht::bijlage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zvh@example.nl", "DR-plan.pdf"),
                        org.assertj.core.groups.Tuple.tuple("coordinator", null));
    }
}
