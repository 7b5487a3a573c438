package nl.nazorg.identity;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Who carries out the current action of the actielijst: what {@link Groepen} needs of the D&R-plan to route its task. */
public interface ActiePartij {

    enum Partij { CASEMANAGER, REGIEVOERDER, RECLASSERING, GEMEENTE, LEVENSLOOPCASEMANAGER, ZORGINSTELLING }

    Partij partij(VariableScope scope);
}
