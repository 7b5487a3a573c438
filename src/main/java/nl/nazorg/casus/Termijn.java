package nl.nazorg.casus;

import java.util.Arrays;

/**
 * The deadlines of the case, all counted from insluitingsdatum, with the variables that hold their due moment and their
 * completion: the memo's intake, informatieblad and plan, and the working days set for steps 1c, 1e and 1f.
 */
public enum Termijn {
    BEKENDHEID("bekendheid", "bekendheidDeadline", "bekendheidBeoordeeldOp"),
    CONTACT("contact", "contactDeadline", "contactGelegdOp"),
    AFSTEMMEN("afstemmen", "afstemmenDeadline", "procesAfgestemdOp"),
    INTAKE("intake", "intakeDeadline", "intakeAfgerondOp"),
    INFORMATIEBLAD("informatieblad", "informatiebladDeadline", "informatiebladGedeeldOp"),
    PLAN("plan", "planDeadline", "planVastgesteldOp");

    private final String code;
    private final String deadlineVariabele;
    private final String afgerondVariabele;

    Termijn(String code, String deadlineVariabele, String afgerondVariabele) {
        this.code = code;
        this.deadlineVariabele = deadlineVariabele;
        this.afgerondVariabele = afgerondVariabele;
    }

    public String code() {
        return code;
    }

    public String deadlineVariabele() {
        return deadlineVariabele;
    }

    public String afgerondVariabele() {
        return afgerondVariabele;
    }

    public static Termijn vanCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekende termijn: " + code));
    }
}
