package nl.nazorg.casus;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import nl.nazorg.monitoring.Rapportagetabellen;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes take the same uit-detentiemelding at the same moment (TweeKnopenIT): the engine can let the loser fail
 * with a message subscription that vanished between finding and triggering it. The loser looks again, finds the
 * notice delivered and answers as for a repeat, instead of a 500.
 */
class ProcesberichtenTest {

    private static final String PID = "proces-1";
    private static final Casus CASUS = new Casus("DET-1", PID, "ter-peel", "GM0983", "noord-limburg", LocalDate.of(2026, 11, 2));
    private static final ProcessEngineException ABONNEMENT_WEG = new ProcessEngineException(
            "Execution with id 'x' does not have a subscription to a message event with name 'UitDetentie': "
                    + "eventSubscriptions is empty");

    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final Procesberichten berichten = new Procesberichten(runtime, mock(Rapportagetabellen.class),
            mock(PlatformTransactionManager.class));

    @Test
    void deVerliezerVanEenGelijktijdigeUitstroomVindtHemAfgeleverd() {
        when(runtime.createProcessInstanceQuery().processInstanceId(PID).count()).thenReturn(1L);
        when(runtime.getVariable(PID, NazorgVariabelen.UITSTROOMDATUM)).thenReturn(null, "2026-12-01");
        when(runtime.createMessageCorrelation("UitDetentie").processInstanceId(PID).setVariables(anyMap())
                .correlateAllWithResult()).thenThrow(ABONNEMENT_WEG);

        assertThatCode(() -> berichten.uitDetentie(CASUS, LocalDate.of(2026, 12, 1), "GM0983")).doesNotThrowAnyException();
    }

    @Test
    void eenFoutDieBlijftKomtNaDeLaatstePogingDoor() {
        when(runtime.createProcessInstanceQuery().processInstanceId(PID).count()).thenReturn(1L);
        when(runtime.getVariable(PID, NazorgVariabelen.UITSTROOMDATUM)).thenReturn(null);
        when(runtime.createMessageCorrelation("UitDetentie").processInstanceId(PID).setVariables(anyMap())
                .correlateAllWithResult()).thenThrow(ABONNEMENT_WEG);

        assertThatThrownBy(() -> berichten.uitDetentie(CASUS, LocalDate.of(2026, 12, 1), "GM0983")).isSameAs(ABONNEMENT_WEG);
        verify(runtime, times(3)).getVariable(PID, NazorgVariabelen.UITSTROOMDATUM);
    }
}
