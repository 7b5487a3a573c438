package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.identity.Groepen;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.termijn.Termijnen;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open cases per casemanager group today: the PI where each case is now (a transfer moves it), from the case
 * table that the process keeps in its own transactions (registered at the melding, PI changed at a transfer, closed
 * at the end). A snapshot: the period does not apply.
 */
@Component
class CaseloadRapport implements Rapportsoort {

    private static final List<Rapport.Kolom> KOLOMMEN = List.of(
            new Rapport.Kolom("soort", "Soort rij", "groep voor een casemanagergroep, totaal voor de optelling"),
            new Rapport.Kolom("groep", "Casemanagergroep", "de groep casemanagers van de PI waar de persoon nu is"),
            new Rapport.Kolom("pi", "Penitentiaire inrichting", "naam van de PI"),
            new Rapport.Kolom("openCasussen", "Open casussen", "casussen die vandaag lopen: gemeld en nog niet afgesloten"));

    private final NamedParameterJdbcTemplate jdbc;
    private final PartnerAdressen adressen;

    CaseloadRapport(NamedParameterJdbcTemplate jdbc, PartnerAdressen adressen) {
        this.jdbc = jdbc;
        this.adressen = adressen;
    }

    @Override
    public String naam() {
        return "caseload";
    }

    @Override
    public Rapport maak(Periode periode, Bereik bereik) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Map<String, Long> perPi = new LinkedHashMap<>();
        jdbc.query("select pi_code, count(*) from casus where afgesloten_op is null and %s group by pi_code order by pi_code"
                        .formatted(bereik.voorwaarde("zvh_regio", "pi_code", "gemeente_code", parameters)),
                parameters, rs -> {
                    perPi.put(rs.getString(1), rs.getLong(2));
                });
        List<Map<String, Object>> rijen = new ArrayList<>();
        List<String> volgorde = new ArrayList<>(adressen.pis().keySet());
        perPi.keySet().stream().filter(pi -> !volgorde.contains(pi)).forEach(volgorde::add);
        long totaal = 0;
        for (String pi : volgorde) {
            Long aantal = perPi.get(pi);
            if (aantal != null) {
                rijen.add(rij("groep", Groepen.casemanager(pi), adressen.piNaam(pi), aantal));
                totaal += aantal;
            }
        }
        rijen.add(rij("totaal", "Totaal", null, totaal));
        return new Rapport(naam(), "Caseload per casemanagergroep",
                "Per groep casemanagers: de casussen die vandaag lopen, bij de PI waar de persoon nu is.",
                Termijnen.vandaag(), Termijnen.vandaag(), KOLOMMEN, rijen);
    }

    private static Map<String, Object> rij(String soort, String groep, String pi, long aantal) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("soort", soort);
        rij.put("groep", groep);
        rij.put("pi", pi);
        rij.put("openCasussen", aantal);
        return rij;
    }
}
