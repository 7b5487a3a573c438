package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One report as one user asks for it over one period: what the benchmark times. */
record Rapportvraag(String rapport, Kijker kijker, Tijdvak tijdvak) {

    static final List<String> RAPPORTEN =
            List.of("informatiebladen", Rapportages.UITSTROOM, "termijnen", "casuistiek", "zelfmelders",
                    "uitstroomvoorbereiding");

    enum Kijker {
        KETENMANAGER("ketenmanager", "manager", Bereik.allesZien()),
        COORDINATOR("coördinator noord-limburg", "coord-noord",
                Bereik.vanGroepen(List.of("coordinator-nazorg-noord-limburg")));

        final String naam;
        final String login;
        final Bereik bereik;

        Kijker(String naam, String login, Bereik bereik) {
            this.naam = naam;
            this.login = login;
            this.bereik = bereik;
        }
    }

    enum Tijdvak {
        EEN_JAAR("1 jaar (2025)", Periode.jaar(LandelijkeVulling.LAATSTE_DAG.getYear())),
        TIEN_JAAR("10 jaar (2016–2025)", new Periode(LandelijkeVulling.EERSTE_DAG, LandelijkeVulling.LAATSTE_DAG));

        final String naam;
        final Periode periode;

        Tijdvak(String naam, Periode periode) {
            this.naam = naam;
            this.periode = periode;
        }
    }

    /** Every report, user and period; uitstroom only per calendar year, as its API asks for it. */
    static List<Rapportvraag> alle() {
        List<Rapportvraag> vragen = new ArrayList<>();
        for (String rapport : RAPPORTEN) {
            for (Kijker kijker : Kijker.values()) {
                for (Tijdvak tijdvak : Tijdvak.values()) {
                    if (!rapport.equals(Rapportages.UITSTROOM) || tijdvak == Tijdvak.EEN_JAAR) {
                        vragen.add(new Rapportvraag(rapport, kijker, tijdvak));
                    }
                }
            }
        }
        return vragen;
    }

    String pad() {
        LocalDate van = tijdvak.periode.van();
        String vraag = rapport.equals(Rapportages.UITSTROOM) ? "?jaar=" + van.getYear()
                : "?van=" + van + "&tot=" + tijdvak.periode.tot();
        return "/api/v1/rapportages/" + rapport + vraag;
    }
}
