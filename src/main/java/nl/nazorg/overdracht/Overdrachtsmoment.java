package nl.nazorg.overdracht;

import static nl.nazorg.casus.NazorgVariabelen.INSLUITINGSDATUM;
import static nl.nazorg.casus.NazorgVariabelen.UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.VERWACHTE_UITSTROOMDATUM;
import static nl.nazorg.casus.NazorgVariabelen.ZITTINGSDATUM;

import java.time.LocalDate;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.termijn.Termijnbewaking;
import nl.nazorg.termijn.Termijnen;
import nl.nazorg.termijn.Werkdagkalender;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When the warme overdracht starts and when it is due. The release preparation runs beside steps 1–4 from the
 * start of the case, so the moment depends only on the release date: the expected release, or for voorlopige
 * hechtenis the court date the casemanager gives. Used by the model as bean {@code overdrachtsmoment}.
 */
@Component("overdrachtsmoment")
public class Overdrachtsmoment {

    /** The casemanager learns the court date or the expected release at the latest at the intake (end of week 2). */
    private static final int VOLGEN_DAGEN = 14;

    private final OverdrachtProperties instellingen;
    private final Werkdagkalender werkdagen;
    private final Termijnen termijnen;
    private final Termijnbewaking termijnbewaking;

    public Overdrachtsmoment(OverdrachtProperties instellingen, Werkdagkalender werkdagen, Termijnen termijnen,
                             Termijnbewaking termijnbewaking) {
        this.instellingen = instellingen;
        this.werkdagen = werkdagen;
        this.termijnen = termijnen;
        this.termijnbewaking = termijnbewaking;
    }

    /** Whether a release date is known to count back from. */
    public boolean bekend(DelegateExecution execution) {
        return uitstroom(execution) != null;
    }

    /** The start of the day {@code dagen-voor-uitstroom} before the release; now when that has passed already. */
    public String begin(DelegateExecution execution) {
        return Termijnen.beginVanDagOfNu(verplichteUitstroom(execution).minusDays(instellingen.dagenVoorUitstroom()));
    }

    /** Due date of "Warme overdracht voorbereiden": the end of {@link #vervaldag}. */
    public String vervaldatum(DelegateExecution execution) {
        return Termijnen.eindeVanDag(vervaldag(execution));
    }

    /**
     * The handover's due day: the day before the release; once the person has left, the working day after leaving
     * (which may have passed already); with no date at all, the next working day.
     */
    public LocalDate vervaldag(DelegateExecution execution) {
        LocalDate uitgestroomd = ProcesVariabelen.datum(execution, UITSTROOMDATUM);
        if (uitgestroomd != null) {
            return werkdagen.werkdagenNa(uitgestroomd, 1);
        }
        LocalDate uitstroom = uitstroom(execution);
        if (uitstroom == null) {
            return werkdagen.werkdagenNa(Termijnen.vandaag(), 1);
        }
        LocalDate dagErvoor = uitstroom.minusDays(1);
        return dagErvoor.isBefore(Termijnen.vandaag()) ? Termijnen.vandaag() : dagErvoor;
    }

    /**
     * Follow-up date of "Warme overdracht voorbereiden", as for the other deadlines: the start of the day
     * {@code nazorg.termijnen.waarschuwing-werkdagen} working days before its due day (now when that has passed), so
     * the handover shows in the filter "Termijn nadert" before the release.
     */
    public String opvolging(DelegateExecution execution) {
        return termijnbewaking.waarschuwingsmomentVoor(vervaldag(execution));
    }

    /**
     * When someone must check a release that was not reported: 7 days after the expected release or court date; with
     * neither (the casemanager marked the release as near), 7 days after the handover was sent.
     */
    public String uitstroomControle(DelegateExecution execution) {
        LocalDate uitstroom = uitstroom(execution);
        return termijnen.uitstroomControle(uitstroom != null ? uitstroom.toString() : Termijnen.vandaag().toString());
    }

    /** Due date of "Uitstroom volgen": the end of week 2, when the intake is held. */
    public String volgenVoor(DelegateExecution execution) {
        LocalDate insluiting = ProcesVariabelen.verplichteDatum(execution, INSLUITINGSDATUM);
        LocalDate dag = insluiting.plusDays(VOLGEN_DAGEN);
        return Termijnen.eindeVanDag(dag.isBefore(Termijnen.vandaag()) ? Termijnen.vandaag() : dag);
    }

    private static LocalDate uitstroom(DelegateExecution execution) {
        LocalDate verwacht = ProcesVariabelen.datum(execution, VERWACHTE_UITSTROOMDATUM);
        return verwacht != null ? verwacht : ProcesVariabelen.datum(execution, ZITTINGSDATUM);
    }

    private static LocalDate verplichteUitstroom(DelegateExecution execution) {
        LocalDate uitstroom = uitstroom(execution);
        if (uitstroom == null) {
            throw new IllegalStateException("Geen verwachte uitstroomdatum of zittingsdatum om het overdrachtsmoment van te berekenen");
        }
        return uitstroom;
    }
}
