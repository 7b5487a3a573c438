package nl.nazorg.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Whole percentages as in the memo's tables (124 of 502 is 25%); none when there is nothing to divide by. */
final class Percentage {

    private Percentage() {
    }

    static Integer van(long deel, long geheel) {
        if (geheel == 0) {
            return null;
        }
        return BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 0, RoundingMode.HALF_UP).intValueExact();
    }
}
