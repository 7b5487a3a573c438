package nl.nazorg.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nazorg.api.ApiFout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The reports by name (the memo's five and the caseload), for the API and the Cockpit plugin alike. */
@Service
public class Rapportages {

    public static final String UITSTROOM = "uitstroom";

    private final Map<String, Rapportsoort> soorten;

    Rapportages(List<Rapportsoort> soorten) {
        this.soorten = soorten.stream().collect(Collectors.toMap(Rapportsoort::naam, Function.identity()));
    }

    /**
     * Each report reads in one snapshot, so its rows and totals agree with each other, and the months it takes from
     * {@link Maandcache} are checked against the versions of that same snapshot.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Rapport maak(String naam, Periode periode, Bereik bereik) {
        Rapportsoort soort = soorten.get(naam);
        if (soort == null) {
            throw new ApiFout.NietGevonden("Er is geen rapportage '" + naam + "'");
        }
        if (bereik.isLeeg()) {
            throw new ApiFout.GeenToegang("Rapportages zijn er voor ketenmanagers en voor medewerkers van een PI, "
                    + "een regio of een gemeente; deze gebruiker hoort bij geen van die groepen");
        }
        return soort.maak(periode, bereik);
    }
}
