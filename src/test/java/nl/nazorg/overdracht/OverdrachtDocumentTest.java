package nl.nazorg.overdracht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.nazorg.partner.Bijlage;
import nl.nazorg.plan.TestVariabelen;
import nl.nazorg.identity.Testgemeenten;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handover PDF, rendered from its template and read back with PDFBox. */
class OverdrachtDocumentTest {

    private final OverdrachtDocument document = new OverdrachtDocument(TestVariabelen.gegevens(), Testgemeenten.tabel(),
            TestVariabelen.opmaak());

    @BeforeEach
    void zetKlok() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-01T08:00:00Z")));
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void overdrachtBevatWatDeOntvangerMoetWetenEnDeActielijstMetUitvoering() throws IOException {
        Map<String, Object> variabelen = overdracht();
        variabelen.put("actielijst", """
                [{"omschrijving": "Woning zoeken via woningcorporatie", "leefgebied": "huisvesting", "partij": "gemeente",
                  "streefdatum": "2026-04-30", "uitgevoerd": true, "toelichting": "Kamer toegewezen per 15 juli"},
                 {"omschrijving": "Aanmelden bij schuldhulp", "leefgebied": "schulden", "partij": "reclassering",
                  "streefdatum": "2026-05-01", "uitgevoerd": false}]""");

        Bijlage pdf = document.pdf(document.gegevens(TestVariabelen.scope(variabelen)));

        assertThat(pdf.bestandsnaam()).isEqualTo("Overdracht-DET-2026-0042.pdf");
        String tekst = tekst(pdf.inhoud());
        assertThat(tekst).contains("Warme overdracht", "Ş. Kılıç-Wiśniewski", "DET-2026-0042", "PI Ter Peel", "Venlo (GM0983)",
                "2 maart 2026");
        assertThat(tekst).contains("Uitstroom 14 juli 2026", "Uitstroomgemeente Roermond (GM0957)",
                "Overdracht aan Gemeente, Reclassering, Levensloopcasemanager", "Open acties Schuldhulp afronden",
                "Eerste contact na uitstroom 15 juli 2026", "Reclassering betrokken ja", "nazorg@reclassering.example.nl");
        assertThat(tekst).contains("Woning zoeken via woningcorporatie Huisvesting Gemeente 30 april 2026 ja Kamer toegewezen per 15 juli",
                "Aanmelden bij schuldhulp Schulden Reclassering 1 mei 2026 nee");
        assertThat(tekst).contains("Opgemaakt op 1 juli 2026");
        assertThat(tekst).doesNotContain(TestVariabelen.BSN, "1990");
    }

    @Test
    void zonderUitstroomdatumDeVerwachteEnZonderUitvoeringGeenKolommenDaarvoor() throws IOException {
        Map<String, Object> variabelen = overdracht();
        variabelen.remove("uitstroomdatum");
        variabelen.remove("uitstroomgemeenteCode");
        variabelen.put("verwachteUitstroomdatum", "2026-07-15");
        variabelen.put("overdragenAan", List.of("gemeente", "zvh"));
        variabelen.put("eersteContactNaUitstroom", "Dag van uitstroom, 10:00 uur bij het wijkteam");

        String tekst = tekst(document.pdf(document.gegevens(TestVariabelen.scope(variabelen))).inhoud());

        assertThat(tekst).contains("Uitstroom verwacht 15 juli 2026", "Reclassering betrokken nee",
                "Eerste contact na uitstroom Dag van uitstroom, 10:00 uur bij het wijkteam",
                "Woning zoeken via woningcorporatie Huisvesting Gemeente 30 april 2026");
        assertThat(tekst).doesNotContain("Uitstroomgemeente", "Uitgevoerd", "nazorg@reclassering.example.nl");
    }

    @Test
    void mailtekstZonderBsn() {
        Overdracht overdracht = document.gegevens(TestVariabelen.scope(overdracht()));

        String mail = new OverdrachtTekst().van(overdracht, "Overdracht-DET-2026-0042.pdf");

        assertThat(mail).contains("Overdracht-DET-2026-0042.pdf", "Uitstroom: 14 juli 2026",
                "Overdracht aan: Gemeente, Reclassering, Levensloopcasemanager", "Eerste contact na uitstroom: 15 juli 2026");
        assertThat(mail).doesNotContain(TestVariabelen.BSN);
    }

    private static Map<String, Object> overdracht() {
        Map<String, Object> variabelen = TestVariabelen.vastgesteldPlan();
        variabelen.put("overdragenAan", "[\"gemeente\", \"reclassering\", \"levensloopcasemanager\"]");
        variabelen.put("openActies", "Schuldhulp afronden");
        variabelen.put("eersteContactNaUitstroom", "2026-07-15");
        variabelen.put("uitstroomdatum", "2026-07-14");
        variabelen.put("uitstroomgemeenteCode", "GM0957");
        return variabelen;
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }
}
