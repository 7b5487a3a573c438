package nl.nazorg.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.nazorg.casus.Termijn;
import org.junit.jupiter.api.Test;

class TermijnenTest {

    private final Termijnen termijnen = new Termijnen(new Werkdagkalender(TermijnProperties.standaard()),
            TermijnProperties.standaard(), gebeurtenis -> { });

    @Test
    void vervaldagenVanafInsluiting() {
        // Friday 27 March 2026; Goede Vrijdag 3 April and 2e Paasdag 6 April 2026 are no working days.
        assertThat(termijnen.vervaldagen(LocalDate.of(2026, 3, 27)))
                .containsEntry(Termijn.BEKENDHEID, LocalDate.of(2026, 3, 31))
                .containsEntry(Termijn.CONTACT, LocalDate.of(2026, 4, 2))
                .containsEntry(Termijn.AFSTEMMEN, LocalDate.of(2026, 4, 7))
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
    void deWerkdagenVanStap1ZijnInTeStellen() {
        Termijnen anders = new Termijnen(new Werkdagkalender(TermijnProperties.standaard()),
                new TermijnProperties(List.of(), 1, 3, 10, null), gebeurtenis -> { });
        // Monday 2 March 2026.
        assertThat(anders.vervaldagen(LocalDate.of(2026, 3, 2)))
                .containsEntry(Termijn.BEKENDHEID, LocalDate.of(2026, 3, 3))
                .containsEntry(Termijn.CONTACT, LocalDate.of(2026, 3, 5))
                .containsEntry(Termijn.AFSTEMMEN, LocalDate.of(2026, 3, 16));
    }

    @Test
    void eenOngeldigAantalWerkdagenNoemtDeInstelling() {
        assertThatThrownBy(() -> new TermijnProperties(List.of(), 0, null, null, null))
                .hasMessageContaining("nazorg.termijnen.bekendheid-werkdagen");
        assertThatThrownBy(() -> new TermijnProperties(List.of(), null, null, null, -1))
                .hasMessageContaining("nazorg.termijnen.waarschuwing-werkdagen");
    }

    @Test
    void vervaldatumsVanDeTakenZonderTermijnInDeMemo() {
        assertThat(termijnen.complexeCasus("2026-03-02")).isEqualTo("2026-03-23T23:59:59+01:00");
        assertThat(termijnen.dagenNa("2026-03-09T23:59:59+01:00", 7)).isEqualTo("2026-03-16T23:59:59+01:00");
    }
}
