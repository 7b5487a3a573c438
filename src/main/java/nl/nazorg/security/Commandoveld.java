package nl.nazorg.security;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A field of a Camunda command that has no getter, such as the query a filter command executes or saves. Read by
 * reflection, so a Camunda upgrade that renames it fails closed: the command is refused (and CommandoveldTest turns
 * red) instead of passing unchecked.
 */
final class Commandoveld {

    private final Class<?> commando;
    private final String naam;
    private final Field veld;

    Commandoveld(Class<?> commando, String naam) {
        this.commando = commando;
        this.naam = naam;
        this.veld = zoek(commando, naam);
    }

    Object lees(Object opdracht) {
        if (veld == null) {
            throw onleesbaar();
        }
        try {
            return veld.get(opdracht);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw onleesbaar();
        }
    }

    private BadUserRequestException onleesbaar() {
        return new BadUserRequestException("De opdracht kan niet op expressies worden gecontroleerd en wordt daarom "
                + "geweigerd (veld " + naam + " van " + commando.getSimpleName() + " is niet leesbaar).");
    }

    private static Field zoek(Class<?> commando, String naam) {
        try {
            Field veld = commando.getDeclaredField(naam);
            veld.setAccessible(true);
            return veld;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
