package nl.nazorg.melding;

import static nl.nazorg.casus.NazorgVariabelen.BSN;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_NAAM;
import static nl.nazorg.casus.NazorgVariabelen.GESLACHT;
import static nl.nazorg.casus.NazorgVariabelen.INSLUITINGSDATUM;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.PI_NAAM;
import static nl.nazorg.casus.NazorgVariabelen.VERWACHTE_UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.ZELFMELDER;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.casus.Casus;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.casus.OngeldigeProcesinvoerException;
import nl.nazorg.casus.PersoonSlot;
import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.identity.CasusAutorisaties;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.ZonderAutorisatiecontrole;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Runs when a nazorg case starts, in the transaction of the melding: checks the melding, derives the ZVH
 * region and the gemeente's name (gemeente table) and the deadlines, records the case, and takes over the plan of an open zelfmelder case of this person. The case table's primary key on
 * detentieId makes a second melding for the same detention fail as a whole.
 */
@Component("meldingOntvangenListener")
public class MeldingOntvangenListener implements ExecutionListener {

    private final CasusRepository casussen;
    private final Termijnen termijnen;
    private final GemeenteTabel gemeenten;
    private final PartnerAdressen adressen;
    private final CasusAutorisaties casusAutorisaties;
    private final ZelfmelderKoppeling zelfmelderKoppeling;
    private final PersoonSlot persoonSlot;
    private final ApplicationEventPublisher gebeurtenissen;

    public MeldingOntvangenListener(CasusRepository casussen, Termijnen termijnen, GemeenteTabel gemeenten,
                                    PartnerAdressen adressen, CasusAutorisaties casusAutorisaties,
                                    ZelfmelderKoppeling zelfmelderKoppeling, PersoonSlot persoonSlot,
                                    ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.zelfmelderKoppeling = zelfmelderKoppeling;
        this.persoonSlot = persoonSlot;
        this.casussen = casussen;
        this.casusAutorisaties = casusAutorisaties;
        this.termijnen = termijnen;
        this.gemeenten = gemeenten;
        this.adressen = adressen;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ZonderAutorisatiecontrole.uitvoeren(() -> registreer(execution));
    }

    private void registreer(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String bsn = BsnControle.gecontroleerd(ProcesVariabelen.verplichteTekst(execution, BSN));
        String piCode = ProcesVariabelen.verplichteTekst(execution, PI_CODE);
        if (!adressen.kentPi(piCode)) {
            throw new OngeldigeProcesinvoerException("Veld 'piCode' is geen bekende PI");
        }
        String gemeenteCode = ProcesVariabelen.verplichteTekst(execution, GEMEENTE_CODE);
        GemeenteTabel.Gemeente gemeente = gemeenten.bekende(GEMEENTE_CODE, gemeenteCode);
        String zvhRegio = gemeente.regio();
        LocalDate insluitingsdatum = ProcesVariabelen.verplichteDatum(execution, INSLUITINGSDATUM);
        ProcesVariabelen.datum(execution, VERWACHTE_UITSTROOMDATUM);

        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(detentieId);
        }
        execution.setVariable(ZVH_REGIO, zvhRegio);
        execution.setVariable(PI_NAAM, adressen.piNaam(piCode));
        execution.setVariable(GEMEENTE_NAAM, gemeente.naam());
        termijnen.zetDeadlines(execution, insluitingsdatum);

        try {
            casussen.registreer(new Casus(detentieId, execution.getProcessInstanceId(), piCode, gemeenteCode,
                    zvhRegio, insluitingsdatum));
        } catch (DuplicateKeyException e) {
            throw new CasusBestaatAlException(detentieId);
        }
        Map<Termijn, LocalDate> vervaldagen = termijnen.vervaldagen(insluitingsdatum);
        gebeurtenissen.publishEvent(new CasusGemeld(detentieId, piCode, zvhRegio, gemeenteCode,
                ProcesVariabelen.tekst(execution, GESLACHT), insluitingsdatum, vervaldagen.get(Termijn.INTAKE),
                vervaldagen.get(Termijn.INFORMATIEBLAD), vervaldagen.get(Termijn.PLAN)));
        casusAutorisaties.bijStart(execution.getProcessInstanceId(), piCode, zvhRegio);
        persoonSlot.vergrendel(bsn);
        execution.setVariable(ZELFMELDER, zelfmelderKoppeling.koppel(execution, bsn, detentieId));
    }
}
