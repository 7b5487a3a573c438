package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the reports that the warme overdracht began, so they can show whether that was before the release. */
@Component("overdrachtGestartListener")
public class OverdrachtGestartListener implements TaskListener {

    private final ApplicationEventPublisher gebeurtenissen;

    public OverdrachtGestartListener(ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void notify(DelegateTask taak) {
        gebeurtenissen.publishEvent(new OverdrachtGestart(ProcesVariabelen.verplichteTekst(taak, DETENTIE_ID), Termijnen.vandaag()));
    }
}
