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
    private final String controle;
    private final Field veld;

    /** {@code controle} says what the field is read for, in the refusal: "op expressies", "op variabelen". */
    Commandoveld(Class<?> commando, String naam, String controle) {
        this.commando = commando;
        this.naam = naam;
        this.controle = controle;
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
        return new BadUserRequestException("De opdracht kan niet " + controle + " worden gecontroleerd en wordt daarom "
                + "geweigerd (veld " + naam + " van " + commando.getSimpleName() + " is niet leesbaar).");
    }

    /** Declared by the class or one of its superclasses. */
    private static Field zoek(Class<?> commando, String naam) {
        for (Class<?> klasse = commando; klasse != null; klasse = klasse.getSuperclass()) {
            try {
                Field veld = klasse.getDeclaredField(naam);
                veld.setAccessible(true);
                return veld;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
