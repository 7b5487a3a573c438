package nl.nazorg.documenten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.nazorg.ApiKlant;
import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import nl.nazorg.TestMailserver;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The adopted D&R-plan as the partners get it: mailed through a real SMTP server with the PDF attached, whose text
 * is read back, and downloadable through /api/v1 by those who may see the case.
 */
class DocumentenApiTest extends PostgresSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int poort;
    @Autowired TestCasussen casussen;

    @Test
    void planGaatAlsPdfPerMailNaarDePartnersEnIsTeDownloaden() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        casussen.totUitvoering(detentieId, "ter-peel", "GM0983");

        List<MimeMessage> mails = TestMailserver.wachtOp(m -> onderwerp(m).equals("D&R-plan detentie " + detentieId), 3);
        assertThat(mails).flatExtracting(m -> Arrays.asList(m.getAllRecipients())).extracting(Object::toString)
                .containsExactlyInAnyOrder("nazorg@zvh-noord.example.nl", "nazorg@venlo.example.nl", "nazorg@reclassering.example.nl");
        byte[] pdf = bijlage(mails.get(0));
        String tekst = tekstVan(pdf);
        assertThat(tekst).contains("Jansen").contains("Woning zoeken via woningcorporatie").contains("30 april 2026")
                .doesNotContain("111222333");

        ApiKlant casemanager = new ApiKlant(poort, "cm-terpeel");
        HttpResponse<String> lijst = casemanager.get("/api/v1/detenties/" + detentieId + "/documenten");
        assertThat(lijst.statusCode()).isEqualTo(200);
        JsonNode documenten = JSON.readTree(lijst.body());
        assertThat(documenten.findValuesAsText("soort")).containsExactly("DR_PLAN");
        String pad = "/api/v1/detenties/" + detentieId + "/documenten/" + documenten.get(0).path("id").asLong();
        HttpResponse<byte[]> download = casemanager.getBytes(pad);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(pdf);

        assertThat(casemanager.als("cm-sittard").get(pad).statusCode()).isEqualTo(404);
        assertThat(casemanager.als("cm-sittard").get("/api/v1/detenties/" + detentieId + "/documenten").statusCode()).isEqualTo(404);
    }

    private static String onderwerp(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bijlage(MimeMessage mail) throws Exception {
        Multipart delen = (Multipart) mail.getContent();
        for (int i = 0; i < delen.getCount(); i++) {
            BodyPart deel = delen.getBodyPart(i);
            if (deel.getFileName() != null && deel.getFileName().endsWith(".pdf")) {
                return deel.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("Geen PDF-bijlage in de mail");
    }

    private static String tekstVan(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
