package nl.nazorg.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.nazorg.partner.Bijlage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The D&R-plan PDF, rendered from its template and read back with PDFBox. */
class DrPlanDocumentTest {

    private final DrPlanDocument document = new DrPlanDocument(TestVariabelen.gegevens(), TestVariabelen.opmaak());

    @BeforeEach
    void zetKlok() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-27T13:30:00Z")));
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    @Test
    void planBevatKopDoelenActiesEnRegieInHetNederlands() throws IOException {
        Bijlage pdf = document.pdf(document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan())));

        assertThat(pdf.bestandsnaam()).isEqualTo("DR-plan-DET-2026-0042.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        String tekst = tekst(pdf.inhoud());
        assertThat(tekst).contains("D&R-plan", "Ş. Kılıç-Wiśniewski", "DET-2026-0042", "PI Ter Peel", "Venlo (GM0983)",
                "2 maart 2026");
        assertThat(tekst).contains("Intake afgerond op 12 maart 2026", "Vastgesteld in het MDO op 27 maart 2026");
        assertThat(tekst).contains("Huisvesting", "Woning bij uitstroom", "Geen vaste woonplek; slaapt bij zijn broer", "Schulden bij CJIB & zorgverzekeraar",
                "Schuldhulpverlening is gestart", "Zorg", "Huisarts in Venlo");
        assertThat(tekst).contains("Woning zoeken via woningcorporatie", "Gemeente", "30 april 2026",
                "Aanmelden bij schuldhulp <Plangroep> & budgetcoach", "Reclassering", "1 mei 2026",
                "ID-kaart aanvragen", "Identiteitsbewijs", "Casemanager PI");
        assertThat(tekst).contains("R. de Regisseur, procesregisseur ZVH Noord-Limburg", "nazorg@zvh-noord.example.nl",
                "Gemeente Venlo", "nazorg@venlo.example.nl", "nazorg@reclassering.example.nl", "Huisvesting heeft voorrang.");
        assertThat(tekst).contains("Opgemaakt op 27 maart 2026", "Pagina 1 van");
    }

    @Test
    void planBevatGeenBsnEnGeenGeboortedatum() throws IOException {
        byte[] pdf = document.pdf(document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan()))).inhoud();

        String tekst = tekst(pdf);
        assertThat(tekst).doesNotContain(TestVariabelen.BSN, "111 222 333", "1990", "17 mei");
        try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
            assertThat(pdfDocument.getDocumentInformation().getMetadataKeys())
                    .allSatisfy(sleutel -> assertThat(String.valueOf(pdfDocument.getDocumentInformation().getCustomMetadataValue(sleutel)))
                            .doesNotContain(TestVariabelen.BSN));
        }
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(TestVariabelen.BSN);
    }

    @Test
    void lettertypeIsIngebedEnHetDocumentIsToegankelijk() throws IOException {
        byte[] pdf = document.pdf(document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan()))).inhoud();

        try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage pagina : pdfDocument.getPages()) {
                for (var naam : pagina.getResources().getFontNames()) {
                    fonts.add(pagina.getResources().getFont(naam));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
            assertThat(pdfDocument.getDocumentInformation().getTitle()).isEqualTo("D&R-plan DET-2026-0042");
            assertThat(pdfDocument.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdfDocument.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdfDocument.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void planZonderActiesEnHulpvragenZegtDatInWoorden() throws IOException {
        Map<String, Object> variabelen = TestVariabelen.vastgesteldPlan();
        variabelen.keySet().removeIf(naam -> naam.startsWith("hulpvraag") || naam.startsWith("notitie")
                || naam.equals("leefgebieden") || naam.equals("doelen") || naam.equals("actielijst")
                || naam.equals("procesregisseur") || naam.equals("opmerkingenMdo"));
        variabelen.put("zvhClient", false);

        String tekst = tekst(document.pdf(document.gegevens(TestVariabelen.scope(variabelen))).inhoud());

        assertThat(tekst).contains("Bij de intake is op geen enkel leefgebied een hulpvraag vastgesteld.",
                "Het plan bevat geen acties.", "Coördinator nazorg ZVH Noord-Limburg");
        assertThat(tekst).doesNotContain("Opmerkingen MDO", "Regisseur");
    }

    @Test
    void doelenAlsVrijeTekstOfAlsLijst() throws IOException {
        Map<String, Object> variabelen = TestVariabelen.vastgesteldPlan();
        // the form's textarea: free text, shown as written, above the leefgebieden from the intake (then without a Doel column)
        variabelen.put("doelen", "Huisvesting: binnen drie maanden een eigen woning.\nSchulden: stabiel inkomen.");
        String tekst = tekst(document.pdf(document.gegevens(TestVariabelen.scope(variabelen))).inhoud());
        assertThat(tekst).contains("Doelen per leefgebied Huisvesting: binnen drie maanden een eigen woning. Schulden: stabiel inkomen.",
                "Leefgebied Hulpvraag Uit de intake Huisvesting ja Geen vaste woonplek");
        assertThat(tekst).doesNotContain("Uit de intake Doel");

        variabelen.put("doelen", """
                [{"leefgebied": "werk-inkomen", "doel": "Uitkering aangevraagd voor uitstroom"}]""");
        DrPlan plan = document.gegevens(TestVariabelen.scope(variabelen));
        assertThat(plan.leefgebieden()).extracting(LeefgebiedDoel::leefgebied, LeefgebiedDoel::hulpvraag, LeefgebiedDoel::doel)
                .contains(org.assertj.core.groups.Tuple.tuple("Werk en inkomen", false, "Uitkering aangevraagd voor uitstroom"));
    }

    @Test
    void mailtekstNoemtHetPlanEnDeActiesZonderBsn() {
        DrPlan plan = document.gegevens(TestVariabelen.scope(TestVariabelen.vastgesteldPlan()));

        String mail = new PlanTekst().van(plan, DrPlanDocument.bestandsnaam("DET-2026-0042"));

        assertThat(mail).contains("DR-plan-DET-2026-0042.pdf", "Ş. Kılıç-Wiśniewski", "vastgesteld in het MDO op 27 maart 2026",
                "- Woning zoeken via woningcorporatie (leefgebied Huisvesting, partij Gemeente, streefdatum 30 april 2026)",
                "Leefgebieden met hulpvraag: Huisvesting, Schulden");
        assertThat(mail).doesNotContain(TestVariabelen.BSN);
    }

    static String tekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // table cells wrap: compare with all white space as single spaces
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }
}
