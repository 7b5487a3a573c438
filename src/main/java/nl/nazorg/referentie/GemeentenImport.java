package nl.nazorg.referentie;

import nl.nazorg.identity.Referentiedata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.nazorg.api.ApiFout;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.GroepenInrichting;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces table {@code gemeente} with CBS's list "Gemeenten alfabetisch" of a year, as a CSV with a header row
 * ({@code Gemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam}, separator ; or ,).
 * CBS's file has no ZVH region: a gemeente keeps the region it has, and a new one (a merger) needs the optional
 * column {@code ZvhRegio}, which may also move a gemeente. The whole file is checked before anything changes; any
 * fault refuses it, naming every wrong line, and the table stays as it was. Then, in the same transaction, the groups
 * of new gemeenten are created. docs/referentiedata.md describes it for beheer.
 */
@Service
public class GemeentenImport {

    private static final int MEESTE_FOUTEN = 20;

    private final JdbcTemplate jdbc;
    private final GemeenteTabel gemeenten;
    private final Referentiedata referentiedata;
    private final GroepenInrichting groepen;

    public GemeentenImport(JdbcTemplate jdbc, GemeenteTabel gemeenten, Referentiedata referentiedata,
                           GroepenInrichting groepen) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.referentiedata = referentiedata;
        this.groepen = groepen;
    }

    public record Resultaat(int gemeenten, int toegevoegd, int gewijzigd, int verwijderd) {
    }

    private record Regel(String code, String naam, String regio) {
    }

    @Transactional
    public Resultaat importeer(String csv) {
        Map<String, GemeenteTabel.Gemeente> huidig = gemeenten.gemeenten();
        List<Regel> regels = lees(csv, huidig);
        int toegevoegd = 0;
        int gewijzigd = 0;
        int volgorde = jdbc.queryForObject("select coalesce(max(volgorde), 0) from gemeente", Integer.class);
        Set<String> inBestand = new HashSet<>();
        for (Regel regel : regels) {
            inBestand.add(regel.code());
            GemeenteTabel.Gemeente bestaand = huidig.get(regel.code());
            if (bestaand == null) {
                jdbc.update("insert into gemeente (code, naam, zvh_regio, volgorde) values (?, ?, ?, ?)",
                        regel.code(), regel.naam(), regel.regio(), ++volgorde);
                toegevoegd++;
            } else if (!bestaand.naam().equals(regel.naam()) || !bestaand.regio().equals(regel.regio())) {
                jdbc.update("update gemeente set naam = ?, zvh_regio = ? where code = ?", regel.naam(), regel.regio(), regel.code());
                gewijzigd++;
            }
        }
        List<String> weg = huidig.keySet().stream().filter(code -> !inBestand.contains(code)).toList();
        weg.forEach(code -> jdbc.update("delete from gemeente where code = ?", code));
        groepen.richtIn();
        return new Resultaat(regels.size(), toegevoegd, gewijzigd, weg.size());
    }

    private List<Regel> lees(String csv, Map<String, GemeenteTabel.Gemeente> huidig) {
        List<ApiFout.OngeldigVeld> fouten = new ArrayList<>();
        String[] regels = (csv == null ? "" : csv.replace("\uFEFF", "")).split("\\r?\\n");
        if (regels.length < 2 || regels[0].isBlank()) {
            throw weigering(List.of(new ApiFout.OngeldigVeld("bestand", "is leeg of heeft alleen een kopregel")));
        }
        String scheiding = regels[0].contains(";") ? ";" : ",";
        Map<String, Integer> kolommen = kolommen(regels[0], scheiding);
        for (String verplicht : List.of("gemeentecodegm", "gemeentenaam")) {
            if (!kolommen.containsKey(verplicht)) {
                fouten.add(new ApiFout.OngeldigVeld("kopregel", "mist kolom '" + (verplicht.equals("gemeentenaam")
                        ? "Gemeentenaam" : "GemeentecodeGM") + "' (indeling CBS 'Gemeenten alfabetisch')"));
            }
        }
        if (!fouten.isEmpty()) {
            throw weigering(fouten);
        }
        Set<String> regios = new HashSet<>();
        referentiedata.regios().forEach(r -> regios.add(r.code()));
        Map<String, Regel> gelezen = new LinkedHashMap<>();
        for (int i = 1; i < regels.length && fouten.size() < MEESTE_FOUTEN; i++) {
            if (regels[i].isBlank()) {
                continue;
            }
            String veld = "regel " + (i + 1);
            String[] waarden = regels[i].split(scheiding, -1);
            String code = waarde(waarden, kolommen.get("gemeentecodegm")).toUpperCase(Locale.ROOT);
            String naam = waarde(waarden, kolommen.get("gemeentenaam"));
            String regio = waarde(waarden, kolommen.get("zvhregio"));
            if (!code.matches("GM[0-9]{4}")) {
                fouten.add(new ApiFout.OngeldigVeld(veld, "GemeentecodeGM is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)"));
                continue;
            }
            if (naam.isEmpty()) {
                fouten.add(new ApiFout.OngeldigVeld(veld, code + " heeft geen Gemeentenaam"));
                continue;
            }
            if (gelezen.containsKey(code)) {
                fouten.add(new ApiFout.OngeldigVeld(veld, code + " staat meer dan eens in het bestand"));
                continue;
            }
            if (regio.isEmpty()) {
                GemeenteTabel.Gemeente bestaand = huidig.get(code);
                if (bestaand == null) {
                    fouten.add(new ApiFout.OngeldigVeld(veld, code + " (" + naam + ") is nieuw en heeft geen ZVH-regio: "
                            + "vul de kolom ZvhRegio"));
                    continue;
                }
                regio = bestaand.regio();
            } else if (!regios.contains(regio)) {
                fouten.add(new ApiFout.OngeldigVeld(veld, "ZvhRegio '" + regio + "' is geen bekende ZVH-regio"));
                continue;
            }
            gelezen.put(code, new Regel(code, naam, regio));
        }
        if (!fouten.isEmpty()) {
            throw weigering(fouten);
        }
        if (gelezen.isEmpty()) {
            throw weigering(List.of(new ApiFout.OngeldigVeld("bestand", "bevat geen gemeenten")));
        }
        return List.copyOf(gelezen.values());
    }

    private static Map<String, Integer> kolommen(String kopregel, String scheiding) {
        Map<String, Integer> kolommen = new HashMap<>();
        String[] namen = kopregel.split(scheiding, -1);
        for (int i = 0; i < namen.length; i++) {
            kolommen.putIfAbsent(zonderAanhalingstekens(namen[i]).toLowerCase(Locale.ROOT), i);
        }
        return kolommen;
    }

    private static String waarde(String[] waarden, Integer kolom) {
        return kolom == null || kolom >= waarden.length ? "" : zonderAanhalingstekens(waarden[kolom]);
    }

    private static String zonderAanhalingstekens(String waarde) {
        String getrimd = waarde.trim();
        return getrimd.length() >= 2 && getrimd.startsWith("\"") && getrimd.endsWith("\"")
                ? getrimd.substring(1, getrimd.length() - 1).trim() : getrimd;
    }

    private static ApiFout.OngeldigeInvoer weigering(List<ApiFout.OngeldigVeld> fouten) {
        return new ApiFout.OngeldigeInvoer(fouten);
    }
}
