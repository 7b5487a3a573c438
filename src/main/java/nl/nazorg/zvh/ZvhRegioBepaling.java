package nl.nazorg.zvh;

import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The ZVH region of a gemeente, from the decision table {@code zvh-regio} (Bijlage 2 of the memo). */
@Component
public class ZvhRegioBepaling {

    public static final String BUITEN_REGIO = "buiten-regio";

    public String regioVan(DecisionService decisions, String gemeenteCode) {
        Object regio = decisions.evaluateDecisionTableByKey("zvh-regio", Map.of("gemeenteCode", gemeenteCode))
                .getSingleEntry();
        return regio == null ? BUITEN_REGIO : regio.toString();
    }
}
