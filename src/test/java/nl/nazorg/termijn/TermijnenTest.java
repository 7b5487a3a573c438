package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.nazorg.casus.Termijn;
import org.junit.jupiter.api.Test;

class TermijnenTest {

    private final Termijnen termijnen = new Termijnen(new Werkdagkalender(new TermijnProperties(List.of())), gebeurtenis -> { });

    @Test
    void vervaldagenVanafInsluiting() {
        assertThat(termijnen.vervaldagen(LocalDate.of(2026, 3, 27)))
                .containsEntry(Termijn.INTAKE, LocalDate.of(2026, 4, 10))
                .containsEntry(Termijn.INFORMATIEBLAD, LocalDate.of(2026, 4, 14))
                .containsEntry(Termijn.PLAN, LocalDate.of(2026, 4, 24));
    }

    @Test
    void deadlineIsHetEindeVanDeDagInAmsterdamseTijd() {
        assertThat(Termijnen.eindeVanDag(LocalDate.of(2026, 3, 16))).isEqualTo("2026-03-16T23:59:59+01:00");
        assertThat(Termijnen.eindeVanDag(LocalDate.of(2026, 7, 1))).isEqualTo("2026-07-01T23:59:59+02:00");
    }

    @Test
    void controleZevenDagenNaDeVerwachteUitstroom() {
        assertThat(termijnen.uitstroomControle("2026-07-15")).isEqualTo("2026-07-22T23:59:59+02:00");
    }

    @Test
    void vervaldatumsVanDeTakenZonderTermijnInDeMemo() {
        // Monday 2 March 2026; Goede Vrijdag 3 April and 2e Paasdag 6 April 2026 are no working days.
        assertThat(termijnen.bekendheidBeoordelen("2026-03-02")).isEqualTo("2026-03-04T23:59:59+01:00");
        assertThat(termijnen.contactLeggen("2026-03-02")).isEqualTo("2026-03-06T23:59:59+01:00");
        assertThat(termijnen.procesAfstemmen("2026-03-02")).isEqualTo("2026-03-09T23:59:59+01:00");
        assertThat(termijnen.complexeCasus("2026-03-02")).isEqualTo("2026-03-23T23:59:59+01:00");
        assertThat(termijnen.procesAfstemmen("2026-04-01")).isEqualTo("2026-04-10T23:59:59+02:00");
        assertThat(termijnen.dagenNa("2026-03-09T23:59:59+01:00", 7)).isEqualTo("2026-03-16T23:59:59+01:00");
    }
}
