package nl.nazorg.api;

import java.util.Collections;

import nl.nazorg.casus.Casus;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.identity.Groepsindeling;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may read a case through /api/v1: the same people who may read its process instance in Cockpit (its PI
 * and region, the ketenmanager), plus the feeding systems. Someone else gets 404, as for an unknown case, so
 * the API does not reveal which detentions exist.
 * <p>
 * Camunda deletes the authorizations of a process instance when it ends, so a closed case is read by the groups of
 * its PI (the last one, after an overplaatsing) and region, from the application's own record, as long as that is
 * kept (bewaartermijn/Opschoning).
 */
@Component
public class CasusToegang {

    private final CasusRepository casussen;
    private final AuthorizationService autorisaties;

    public CasusToegang(CasusRepository casussen, AuthorizationService autorisaties) {
        this.casussen = casussen;
        this.autorisaties = autorisaties;
    }

    public Casus zichtbaarVoor(ApiGebruiker gebruiker, String detentieId) {
        Casus casus = casussen.zoek(detentieId).orElseThrow(() -> onbekend(detentieId));
        boolean mag = gebruiker.zietAlleCasussen() || autorisaties.isUserAuthorized(gebruiker.id(), gebruiker.groepen(),
                Permissions.READ, Resources.PROCESS_INSTANCE, casus.processInstanceId())
                || casussen.isAfgesloten(detentieId) && hoortBijGroepVan(gebruiker, casus);
        if (!mag) {
            throw onbekend(detentieId);
        }
        return casus;
    }

    private static boolean hoortBijGroepVan(ApiGebruiker gebruiker, Casus casus) {
        return !Collections.disjoint(gebruiker.groepen(), Groepsindeling.groepenVanCasus(casus.piCode(), casus.zvhRegio()));
    }

    private static ApiFout.NietGevonden onbekend(String detentieId) {
        return new ApiFout.NietGevonden("Geen casus met detentieId " + detentieId);
    }
}
