package nl.nazorg.termijn;

import static nl.nazorg.casus.NazorgVariabelen.PI_CODE;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.PartnerAdressen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who must act on each termijn: the ZVH administration for 1c, the regievoerder for 1f (both read the region's
 * mailbox), the casemanager for 1e, intake and informatieblad and the MDO for the plan (both read the PI's).
 */
@Component
public class Termijnverantwoordelijken {

    private final Groepen groepen;
    private final PartnerAdressen adressen;

    public Termijnverantwoordelijken(Groepen groepen, PartnerAdressen adressen) {
        this.groepen = groepen;
        this.adressen = adressen;
    }

    public Aanspreekpunt voor(Termijn termijn, VariableScope scope) {
        String piCode = ProcesVariabelen.verplichteTekst(scope, PI_CODE);
        String regio = ProcesVariabelen.verplichteTekst(scope, ZVH_REGIO);
        return switch (termijn) {
            case BEKENDHEID -> new Aanspreekpunt("zvh-administratie-" + regio, adressen.regioMailbox(regio));
            case AFSTEMMEN -> regievoerder(scope);
            case CONTACT, INTAKE, INFORMATIEBLAD -> new Aanspreekpunt(Groepen.casemanager(piCode), adressen.piMailbox(piCode));
            case PLAN -> new Aanspreekpunt(Groepen.mdo(piCode), adressen.piMailbox(piCode));
        };
    }

    /** The procesregisseur of a ZVH client, otherwise the coördinator nazorg; both read the region's mailbox. */
    public Aanspreekpunt regievoerder(VariableScope scope) {
        return new Aanspreekpunt(groepen.regievoerder(scope),
                adressen.regioMailbox(ProcesVariabelen.verplichteTekst(scope, ZVH_REGIO)));
    }

    public String piMailbox(VariableScope scope) {
        return adressen.piMailbox(ProcesVariabelen.verplichteTekst(scope, PI_CODE));
    }
}
