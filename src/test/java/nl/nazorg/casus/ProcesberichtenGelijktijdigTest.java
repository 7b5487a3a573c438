package nl.nazorg.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.nazorg.PostgresSpringTest;
import nl.nazorg.TestCasussen;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice for a case that another node is handling at that moment waits until that handling is committed: two nodes
 * given the same uit-detentiemelding once made the loser fail with a 500 (TweeKnopenIT), and notices that wait for
 * each other see each other's work instead of racing. The other handling is played here by a transaction that holds
 * the case until the test lets go.
 */
class ProcesberichtenGelijktijdigTest extends PostgresSpringTest {

    @Autowired TestCasussen casussen;
    @Autowired CasusRepository repository;
    @Autowired Procesberichten berichten;
    @Autowired HistoryService historie;
    @Autowired PlatformTransactionManager transacties;

    @Test
    void eenMeldingWachtTotEenAndereAfhandelingVanDeCasusKlaarIs() throws Exception {
        String detentieId = TestCasussen.nieuwDetentieId();
        casussen.totContactLeggen(detentieId, "ter-peel", "GM0983");
        Casus casus = repository.zoek(detentieId).orElseThrow();
        CountDownLatch vastgehouden = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        ExecutorService knopen = Executors.newFixedThreadPool(2);
        try {
            Future<?> eerste = knopen.submit(() -> new TransactionTemplate(transacties).executeWithoutResult(status -> {
                repository.vergrendel(detentieId);
                vastgehouden.countDown();
                try {
                    loslaten.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(vastgehouden.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> tweede = knopen.submit(() -> berichten.uitDetentie(casus, LocalDate.now(), "GM0983"));

            assertThatThrownBy(() -> tweede.get(3, TimeUnit.SECONDS)).as("de melding wacht op de andere afhandeling")
                    .isInstanceOf(TimeoutException.class);
            loslaten.countDown();
            eerste.get(30, TimeUnit.SECONDS);
            tweede.get(30, TimeUnit.SECONDS);
        } finally {
            loslaten.countDown();
            knopen.shutdownNow();
        }
        assertThat(historie.createHistoricActivityInstanceQuery().processInstanceId(casus.processInstanceId())
                .activityId("Event_UitDetentie").count()).as("daarna afgeleverd").isEqualTo(1);
    }
}
