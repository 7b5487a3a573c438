package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days of the Algemene termijnenwet, from the jollyday calendar plus configured extra days. */
class WerkdagkalenderTest {

    private final Werkdagkalender kalender = new Werkdagkalender(TermijnProperties.standaard());

    @ParameterizedTest(name = "{1} is geen werkdag")
    @CsvSource({
            "2026-01-01, Nieuwjaarsdag",
            "2026-04-03, Goede Vrijdag",
            "2026-04-06, Tweede Paasdag",
            "2026-04-27, Koningsdag",
            "2025-04-26, Koningsdag op zaterdag als 27 april op zondag valt",
            "2026-05-05, Bevrijdingsdag",
            "2026-05-14, Hemelvaartsdag",
            "2026-05-25, Tweede Pinksterdag",
            "2026-12-25, Eerste Kerstdag",
            "2025-12-26, Tweede Kerstdag",
            "2026-03-07, zaterdag",
            "2026-03-08, zondag"})
    void feestdagenEnWeekendsZijnGeenWerkdag(LocalDate dag, String omschrijving) {
        assertThat(kalender.isWerkdag(dag)).as(omschrijving).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-04-02", "2026-04-07", "2026-05-15", "2026-12-24", "2026-12-28"})
    void gewoneDagenZijnWerkdag(LocalDate dag) {
        assertThat(kalender.isWerkdag(dag)).isTrue();
    }

    @ParameterizedTest(name = "10 werkdagen na {0} is {1}")
    @CsvSource({
            "2026-03-02, 2026-03-16",  // gewone weken
            "2026-03-27, 2026-04-14",  // over Goede Vrijdag en Tweede Paasdag
            "2026-04-20, 2026-05-06",  // over Koningsdag en 5 mei
            "2026-05-08, 2026-05-26",  // over Hemelvaartsdag en Tweede Pinksterdag
            "2026-12-17, 2027-01-04"}) // over Kerst en Nieuwjaar
    void tienWerkdagenNaInsluiting(LocalDate insluiting, LocalDate vervaldag) {
        assertThat(kalender.werkdagenNa(insluiting, 10)).isEqualTo(vervaldag);
    }

    @Test
    void extraVrijeDagBijKoninklijkBesluitTeltNietMee() {
        LocalDate vrijdagNaHemelvaart = LocalDate.of(2026, 5, 15);
        Werkdagkalender metExtraDag = new Werkdagkalender(new TermijnProperties(List.of(vrijdagNaHemelvaart), null, null, null, null));

        assertThat(metExtraDag.isWerkdag(vrijdagNaHemelvaart)).isFalse();
        assertThat(metExtraDag.werkdagenNa(LocalDate.of(2026, 5, 8), 10)).isEqualTo(LocalDate.of(2026, 5, 27));
    }
}
