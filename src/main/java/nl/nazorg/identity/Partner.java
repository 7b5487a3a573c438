package nl.nazorg.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * A partner outside the PI that can be involved in a case (memo 1f, 3d, 5a): the values of the checklists
 * {@code betrokkenPartijen} and {@code overdragenAan}. While involved, its group reads the case
 * ({@link CasusAutorisaties#bijBetrokkenheid}).
 */
public enum Partner {

    GEMEENTE("gemeente", "Gemeente"),
    ZVH("zvh", "Zorg- en Veiligheidshuis"),
    RECLASSERING("reclassering", "Reclassering"),
    LEVENSLOOPCASEMANAGER("levensloopcasemanager", "Levensloopcasemanager"),
    ZORGINSTELLING("zorginstelling", "Zorginstelling");

    private final String code;
    private final String naam;

    Partner(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    public String code() {
        return code;
    }

    /** As the checklists label it. */
    public String naam() {
        return naam;
    }

    public static Optional<Partner> vanCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /**
     * The partner that carries out an action of this partij; none for the casemanager, who is the PI itself. The
     * regievoerder (coördinator nazorg or procesregisseur) works for the ZVH.
     */
    public static Optional<Partner> vanActie(ActiePartij.Partij partij) {
        return switch (partij) {
            case CASEMANAGER -> Optional.empty();
            case REGIEVOERDER -> Optional.of(ZVH);
            case RECLASSERING -> Optional.of(RECLASSERING);
            case GEMEENTE -> Optional.of(GEMEENTE);
            case LEVENSLOOPCASEMANAGER -> Optional.of(LEVENSLOOPCASEMANAGER);
            case ZORGINSTELLING -> Optional.of(ZORGINSTELLING);
        };
    }

    /**
     * The group that reads the case while this partner is involved; none for the ZVH, whose groups of the region read
     * every case of it from the start, and none for a gemeente without a code.
     */
    public Optional<String> groep(String zvhRegio, String gemeenteCode) {
        return switch (this) {
            case GEMEENTE -> gemeenteCode == null || gemeenteCode.isBlank()
                    ? Optional.empty() : Optional.of(Groepen.gemeente(gemeenteCode));
            case ZVH -> Optional.empty();
            case RECLASSERING -> Optional.of(Groepen.RECLASSERING);
            case LEVENSLOOPCASEMANAGER -> Optional.of(Groepen.levensloopcasemanager(zvhRegio));
            case ZORGINSTELLING -> Optional.of(Groepen.zorginstelling(zvhRegio));
        };
    }
}
