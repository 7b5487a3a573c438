package nl.nazorg.beeldvorming;

import java.util.List;

/** Memo 2d: the case is enkelvoudig or meervoudig, with its hulpvragen per leefgebied; published in that step. */
public record ComplexiteitBepaald(String detentieId, String complexiteit, List<String> leefgebieden) {
}
