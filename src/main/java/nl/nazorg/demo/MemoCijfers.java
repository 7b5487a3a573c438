package nl.nazorg.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two tables of the memo "Werkproces en monitoring nazorg ex-gedetineerden Noord- en Midden-Limburg":
 * Bijlage 1 (instroom and informatiebladen per PI) and Bijlage 2 (uitstroom 2020 per gemeente, man/vrouw).
 * The demo year follows their proportions.
 */
public final class MemoCijfers {

    public record PiCijfers(int instroom, int informatiebladen) {
    }

    public record Uitstroom(int man, int vrouw) {
        public int totaal() {
            return man + vrouw;
        }
    }

    /** Bijlage 1, the PIs of Limburg. */
    public static final Map<String, PiCijfers> BIJLAGE_1 = new LinkedHashMap<>();

    /** Bijlage 2, by CBS code of the gemeente. */
    public static final Map<String, Uitstroom> BIJLAGE_2 = new LinkedHashMap<>();

    static {
        BIJLAGE_1.put("ter-peel", new PiCijfers(502, 124));
        BIJLAGE_1.put("sittard", new PiCijfers(193, 189));
        BIJLAGE_1.put("roermond", new PiCijfers(191, 55));

        BIJLAGE_2.put("GM0983", new Uitstroom(114, 16)); // Venlo
        BIJLAGE_2.put("GM0984", new Uitstroom(31, 7)); // Venray
        BIJLAGE_2.put("GM1894", new Uitstroom(8, 0)); // Peel en Maas
        BIJLAGE_2.put("GM1507", new Uitstroom(10, 0)); // Horst aan de Maas
        BIJLAGE_2.put("GM0893", new Uitstroom(2, 0)); // Bergen (L.)
        BIJLAGE_2.put("GM0907", new Uitstroom(11, 0)); // Gennep
        BIJLAGE_2.put("GM0944", new Uitstroom(2, 0)); // Mook en Middelaar
        BIJLAGE_2.put("GM0889", new Uitstroom(2, 0)); // Beesel
        BIJLAGE_2.put("GM1711", new Uitstroom(10, 1)); // Echt-Susteren
        BIJLAGE_2.put("GM1640", new Uitstroom(24, 1)); // Leudal
        BIJLAGE_2.put("GM0946", new Uitstroom(8, 0)); // Nederweert
        BIJLAGE_2.put("GM0988", new Uitstroom(47, 4)); // Weert
        BIJLAGE_2.put("GM1641", new Uitstroom(11, 0)); // Maasgouw
        BIJLAGE_2.put("GM1669", new Uitstroom(5, 0)); // Roerdalen
        BIJLAGE_2.put("GM0957", new Uitstroom(62, 10)); // Roermond
        BIJLAGE_2.put("GM1883", new Uitstroom(84, 6)); // Sittard-Geleen
        BIJLAGE_2.put("GM0971", new Uitstroom(8, 1)); // Stein
        BIJLAGE_2.put("GM0888", new Uitstroom(12, 0)); // Beek
        BIJLAGE_2.put("GM1954", new Uitstroom(13, 1)); // Beekdaelen
        BIJLAGE_2.put("GM0899", new Uitstroom(13, 7)); // Brunssum
        BIJLAGE_2.put("GM0882", new Uitstroom(32, 1)); // Landgraaf
        BIJLAGE_2.put("GM0928", new Uitstroom(49, 10)); // Kerkrade
        BIJLAGE_2.put("GM0981", new Uitstroom(2, 0)); // Vaals
        BIJLAGE_2.put("GM0965", new Uitstroom(0, 0)); // Simpelveld
        BIJLAGE_2.put("GM1729", new Uitstroom(3, 0)); // Gulpen-Wittem
        BIJLAGE_2.put("GM0986", new Uitstroom(4, 0)); // Voerendaal
        BIJLAGE_2.put("GM1903", new Uitstroom(6, 0)); // Eijsden-Margraten
        BIJLAGE_2.put("GM0935", new Uitstroom(90, 5)); // Maastricht
        BIJLAGE_2.put("GM0938", new Uitstroom(7, 0)); // Meerssen
        BIJLAGE_2.put("GM0994", new Uitstroom(11, 0)); // Valkenburg aan de Geul
        BIJLAGE_2.put("GM0917", new Uitstroom(192, 10)); // Heerlen
    }

    private MemoCijfers() {
    }
}
