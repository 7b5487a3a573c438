package nl.nazorg.casus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables. Dates travel as ISO-8601 strings (Camunda Forms, REST, /api/v1);
 * a java.util.Date from an older client is accepted too.
 */
public final class ProcesVariabelen {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private ProcesVariabelen() {
    }

    public static String tekst(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        return waarde == null ? null : waarde.toString();
    }

    public static String verplichteTekst(VariableScope scope, String naam) {
        String waarde = tekst(scope, naam);
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigeProcesinvoerException("Veld '" + naam + "' ontbreekt");
        }
        return waarde.trim();
    }

    public static boolean waar(VariableScope scope, String naam) {
        Object waarde = scope.getVariable(naam);
        return waarde instanceof Boolean b ? b : waarde != null && Boolean.parseBoolean(waarde.toString());
    }

    public static LocalDate datum(VariableScope scope, String naam) {
        return datum(scope.getVariable(naam), naam);
    }

    public static LocalDate datum(Object waarde, String naam) {
        if (waarde == null || waarde.toString().isBlank()) {
            return null;
        }
        if (waarde instanceof Date date) {
            return date.toInstant().atZone(AMSTERDAM).toLocalDate();
        }
        String tekst = waarde.toString().trim();
        try {
            return LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
        } catch (RuntimeException e) {
            throw new OngeldigeProcesinvoerException("Veld '" + naam + "' is geen datum (JJJJ-MM-DD)");
        }
    }

    public static LocalDate verplichteDatum(VariableScope scope, String naam) {
        LocalDate datum = datum(scope, naam);
        if (datum == null) {
            throw new OngeldigeProcesinvoerException("Veld '" + naam + "' ontbreekt");
        }
        return datum;
    }
}
