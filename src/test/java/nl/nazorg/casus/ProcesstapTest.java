package nl.nazorg.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The step a case reports while the release preparation runs beside the work during detention. */
class ProcesstapTest {

    @Test
    void deWarmeOverdrachtNaastStap1MaaktDeCasusNietStap5() {
        assertThat(Processtap.van(List.of("Task_BeoordeelBekendheid", "Task_Intakegesprek", "Task_WarmeOverdracht")))
                .get().extracting(CasusOverzicht.Stap::nummer).isEqualTo(2);
    }

    @Test
    void hetWachtenOpHetOverdrachtsmomentIsGeenStap() {
        assertThat(Processtap.van(List.of("Task_BeoordeelBekendheid", "Event_OverdrachtMoment")))
                .get().extracting(CasusOverzicht.Stap::nummer).isEqualTo(1);
    }

    @Test
    void alleenOverdrachtEnAfsluitenOverIsStap5() {
        assertThat(Processtap.van(List.of("Task_WarmeOverdracht", "Event_UitDetentieOntvangen")))
                .get().extracting(CasusOverzicht.Stap::nummer).isEqualTo(5);
    }
}
