package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FormulierveldenTest {

    @Test
    void veldenInGroepenTellenMee() throws IOException {
        assertThat(Formuliervelden.van(formulier("intakegesprek")))
                .contains("hulpvraagIdBewijs", "notitieIdBewijs", "hulpvraagHerstel", "notitieHerstel")
                .hasSize(14);
    }

    @Test
    void eenDynamischeLijstIsEenVariabele() throws IOException {
        assertThat(Formuliervelden.van(formulier("concept-plan-opstellen")))
                .containsExactlyInAnyOrder("doelen", "actielijst");
    }

    @Test
    void hetStartformulierNeemtDeMeldingAan() throws IOException {
        assertThat(Formuliervelden.van(formulier("handmatige-melding"))).containsExactlyInAnyOrder("detentieId", "bsn",
                "achternaam", "voorletters", "geboortedatum", "geslacht", "gemeenteCode", "piCode",
                "insluitingsdatum", "voorlopigeHechtenis", "verwachteUitstroomdatum");
    }

    /** The gemeenten a select shows (valuesKey) are input for the form, not a field: a completion cannot carry them. */
    @Test
    void deKeuzelijstVanEenSelectIsGeenVeld() throws IOException {
        assertThat(Formuliervelden.van(formulier("uitstroom-controleren")))
                .containsExactlyInAnyOrder("nogInDetentie", "verwachteUitstroomdatum", "uitstroomdatum", "uitstroomgemeenteCode");
    }

    @Test
    void eenPadMetPuntenIsDeVariabeleVanHetEersteDeel() {
        String schema = """
                {"components": [
                  {"type": "textfield", "key": "adres.straat"},
                  {"type": "group", "path": "contact", "components": [{"type": "textfield", "key": "telefoon"}]},
                  {"type": "button", "key": "verzenden"},
                  {"type": "text", "text": "uitleg"}]}""";
        assertThat(Formuliervelden.van(schema.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder("adres", "contact");
    }

    /** The routing variables are the ones the models compute candidate groups from. */
    @Test
    void elkeVariabeleInEenKandidaatgroepIsEenRoutekenmerk() throws IOException {
        Pattern variabele = Pattern.compile("\\$\\{([A-Za-z]+)}");
        for (String model : new String[] {"nazorg", "zelfmelder"}) {
            Matcher groepen = Pattern.compile("candidateGroups=\"([^\"]*)\"")
                    .matcher(Files.readString(Path.of("processes", model + ".bpmn")));
            while (groepen.find()) {
                Matcher naam = variabele.matcher(groepen.group(1));
                while (naam.find()) {
                    assertThat(Routekenmerken.NAMEN).as(model + ": " + groepen.group(1)).contains(naam.group(1));
                }
            }
        }
    }

    private static byte[] formulier(String naam) throws IOException {
        return Files.readAllBytes(Path.of("forms", naam + ".form"));
    }
}
