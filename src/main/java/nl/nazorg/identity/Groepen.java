package nl.nazorg.identity;

import static nl.nazorg.casus.NazorgVariabelen.GEMEENTE_CODE;
import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_CLIENT;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.List;

import nl.nazorg.casus.ProcesVariabelen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Candidate groups that depend on the case (bean {@code groepen} in the model). Group ids follow the spec:
 * casemanager-{pi}, mdo-{pi}, procesregisseur-{regio}, coordinator-nazorg-{regio}, reclassering, gemeente-{code}, and
 * for the two partners the memo names among its open questions levensloopcasemanager-{regio} (ketenveldnorm
 * levensloopfunctie) and zorginstelling-{regio} (ISD, TBS, art. 15.5/43.3 Pbw).
 */
@Component("groepen")
public class Groepen {

    public static final String RECLASSERING = "reclassering";

    private final ActiePartij acties;

    public Groepen(ActiePartij acties) {
        this.acties = acties;
    }

    public static String casemanager(String piCode) {
        return "casemanager-" + piCode;
    }

    public static String mdo(String piCode) {
        return "mdo-" + piCode;
    }

    public static String gemeente(String gemeenteCode) {
        return "gemeente-" + gemeenteCode;
    }

    public static String levensloopcasemanager(String zvhRegio) {
        return "levensloopcasemanager-" + zvhRegio;
    }

    public static String zorginstelling(String zvhRegio) {
        return "zorginstelling-" + zvhRegio;
    }

    /** Memo 3a–3b: the casemanager drafts the plan together with the regievoerder, for every case. */
    public List<String> conceptPlan(VariableScope scope) {
        return List.of(casemanager(ProcesVariabelen.verplichteTekst(scope, PI_CODE)), regievoerder(scope));
    }

    /** Procesregisseur ZVH for a ZVH client, otherwise the coördinator nazorg of the region. */
    public String regievoerder(VariableScope scope) {
        String regio = ProcesVariabelen.verplichteTekst(scope, ZVH_REGIO);
        return ProcesVariabelen.waar(scope, ZVH_CLIENT) ? "procesregisseur-" + regio : "coordinator-nazorg-" + regio;
    }

    /** Memo 4b: the casemanager holds the trajectgesprek, the regievoerder for a ZVH client. */
    public String trajectgesprek(VariableScope scope) {
        return ProcesVariabelen.waar(scope, ZVH_CLIENT)
                ? regievoerder(scope)
                : casemanager(ProcesVariabelen.verplichteTekst(scope, PI_CODE));
    }

    /** The group of the partij that carries out the current action of the actielijst. */
    public String voorActie(VariableScope scope) {
        ActiePartij.Partij partij = acties.partij(scope);
        return switch (partij) {
            case CASEMANAGER -> casemanager(ProcesVariabelen.verplichteTekst(scope, PI_CODE));
            case REGIEVOERDER -> regievoerder(scope);
            case RECLASSERING -> RECLASSERING;
            case GEMEENTE -> gemeente(ProcesVariabelen.verplichteTekst(scope, GEMEENTE_CODE));
            case LEVENSLOOPCASEMANAGER -> levensloopcasemanager(ProcesVariabelen.verplichteTekst(scope, ZVH_REGIO));
            case ZORGINSTELLING -> zorginstelling(ProcesVariabelen.verplichteTekst(scope, ZVH_REGIO));
        };
    }
}
