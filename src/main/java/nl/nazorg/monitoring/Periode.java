package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.nazorg.api.ApiFout;
import nl.nazorg.termijn.Termijnen;

/** The days a report covers, both inclusive. Without van and tot: this calendar year up to today. */
public record Periode(LocalDate van, LocalDate tot) {

    private static final int EERSTE_JAAR = 2000;
    private static final int LAATSTE_JAAR = 2100;

    public static Periode uit(String van, String tot) {
        List<ApiFout.OngeldigVeld> fouten = new ArrayList<>();
        LocalDate vandaag = Termijnen.vandaag();
        LocalDate begin = datum(van, "van", vandaag.withDayOfYear(1), fouten);
        LocalDate einde = datum(tot, "tot", vandaag, fouten);
        if (fouten.isEmpty() && einde.isBefore(begin)) {
            fouten.add(new ApiFout.OngeldigVeld("tot", "ligt vóór 'van'"));
        }
        if (!fouten.isEmpty()) {
            throw new ApiFout.OngeldigeInvoer(fouten);
        }
        return new Periode(begin, einde);
    }

    /** A calendar year, as Bijlage 2 reports uitstroom. Without jaar: this year. */
    public static Periode jaar(String jaar) {
        if (jaar == null || jaar.isBlank()) {
            return jaar(Termijnen.vandaag().getYear());
        }
        if (!jaar.matches("\\d{4}") || Integer.parseInt(jaar) < EERSTE_JAAR || Integer.parseInt(jaar) > LAATSTE_JAAR) {
            throw new ApiFout.OngeldigeInvoer(List.of(new ApiFout.OngeldigVeld("jaar",
                    "is geen jaartal tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR + " (JJJJ)")));
        }
        return jaar(Integer.parseInt(jaar));
    }

    public static Periode jaar(int jaar) {
        return new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    private static LocalDate datum(String waarde, String veld, LocalDate standaard, List<ApiFout.OngeldigVeld> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            LocalDate datum = LocalDate.parse(waarde.trim());
            if (datum.getYear() < EERSTE_JAAR || datum.getYear() > LAATSTE_JAAR) {
                fouten.add(new ApiFout.OngeldigVeld(veld, "ligt niet tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR));
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new ApiFout.OngeldigVeld(veld, "is geen geldige datum (JJJJ-MM-DD)"));
            return standaard;
        }
    }
}
