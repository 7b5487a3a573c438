package nl.nazorg.identity;

import nl.nazorg.system.Opstartstap;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one invented person per role, password "demo", so every role can be tried at once. */
@Component
@Order(50)
@Profile("demo")
public class DemoGebruikers implements Opstartstap {

    static final String WACHTWOORD = "demo";

    record DemoGebruiker(String id, String voornaam, String achternaam, List<String> groepen) {
    }

    static final List<DemoGebruiker> GEBRUIKERS = List.of(
            new DemoGebruiker("beheerder", "Bea", "Beheer", List.of("beheerder", "camunda-admin")),
            new DemoGebruiker("cm-terpeel", "Tessa", "van Peel", List.of("casemanager-ter-peel")),
            new DemoGebruiker("cm-sittard", "Sam", "Sittart", List.of("casemanager-sittard")),
            new DemoGebruiker("cm-roermond", "Roos", "Mondria", List.of("casemanager-roermond")),
            new DemoGebruiker("mdo-terpeel", "Mark", "Dorp", List.of("mdo-ter-peel")),
            new DemoGebruiker("mdo-sittard", "Mila", "Dostal", List.of("mdo-sittard")),
            new DemoGebruiker("mdo-roermond", "Mats", "Oranje", List.of("mdo-roermond")),
            new DemoGebruiker("zvh-noord", "Noor", "Zeeveld", List.of("zvh-administratie-noord-limburg")),
            new DemoGebruiker("zvh-midden", "Mirte", "Zandhof", List.of("zvh-administratie-midden-limburg")),
            new DemoGebruiker("coord-noord", "Koen", "Noordam", List.of("coordinator-nazorg-noord-limburg")),
            new DemoGebruiker("coord-midden", "Carmen", "Middag", List.of("coordinator-nazorg-midden-limburg")),
            new DemoGebruiker("regie-noord", "Ruben", "Geerts", List.of("procesregisseur-noord-limburg")),
            new DemoGebruiker("regie-midden", "Rachida", "Meijs", List.of("procesregisseur-midden-limburg")),
            new DemoGebruiker("reclassering", "Rik", "Lassing", List.of("reclassering")),
            new DemoGebruiker("llcm-noord", "Lotte", "Levenstein", List.of("levensloopcasemanager-noord-limburg")),
            new DemoGebruiker("zorg-noord", "Zeger", "Zorgvliet", List.of("zorginstelling-noord-limburg")),
            new DemoGebruiker("gemeente-venlo", "Vera", "Lohuis", List.of("gemeente-GM0983")),
            new DemoGebruiker("gemeente-roermond", "Gijs", "Roerdink", List.of("gemeente-GM0957")),
            new DemoGebruiker("manager", "Marieke", "Ketel", List.of("ketenmanager")),
            new DemoGebruiker("koppeling", "Systeem", "Koppeling", List.of("systeem-koppeling")));

    private final IdentityService identiteit;

    public DemoGebruikers(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    /** At every start, through nl.nazorg.system.Opstart. */
    @Override
    public void richtIn() {
        for (DemoGebruiker gebruiker : GEBRUIKERS) {
            if (identiteit.createUserQuery().userId(gebruiker.id()).count() == 0) {
                User user = identiteit.newUser(gebruiker.id());
                user.setFirstName(gebruiker.voornaam());
                user.setLastName(gebruiker.achternaam());
                user.setEmail(gebruiker.id() + "@demo.nazorg.example");
                user.setPassword(WACHTWOORD);
                identiteit.saveUser(user);
            }
            for (String groep : gebruiker.groepen()) {
                if (identiteit.createUserQuery().userId(gebruiker.id()).memberOfGroup(groep).count() == 0) {
                    identiteit.createMembership(gebruiker.id(), groep);
                }
            }
        }
    }
}
