package nl.nazorg.security;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The Spring beans that expressions ({@code ${...}}) and scripts can reach: exactly those the models in processes/
 * name (ZichtbareBeansTest compares), instead of Camunda's default of every bean, such as jdbcTemplate, dataSource
 * and the engine's services. A bean is looked up when an expression first uses it, not at start-up, where the
 * delegates and the process engine would wait for each other.
 */
@Component
class ZichtbareBeans extends AbstractProcessEnginePlugin {

    static final List<String> NAMEN = List.of(
            // delegates and listeners (delegateExpression)
            "actieAfgehandeldListener", "actielijstVastgesteldListener", "benaderpogingListener",
            "casusAfsluitenDelegate", "checkBekendheidDelegate", "complexiteitBepaaldListener",
            "deelInformatiebladDelegate", "deelPlanDelegate", "herzieningGestartListener", "herzieningGevraagdDelegate",
            "herzienPlanVastleggenDelegate", "informeerPiDelegate", "intakeAfgerondListener",
            "meldingOntvangenListener", "opschalingAfgestemdListener", "overdrachtGestartListener", "overdrachtNadertDelegate",
            "planHerzieningListener", "planVanAanpakListener", "reactieZelfmelderListener", "registreerMeldingDelegate",
            "registreerOnbereikbaarDelegate", "registreerTermijnoverschrijdingDelegate",
            "registreerWeekoverschrijdingDelegate", "regievoerderWisselenDelegate", "termijnWaarschuwingDelegate",
            "trajectgesprekGevoerdListener", "tussentijdseHerzieningDelegate", "uitstelAanvragenDelegate",
            "uitstelBesluitListener", "uitstroomVastgelegdListener", "verstuurBriefDelegate",
            "verstuurOverdrachtDelegate", "verwerkOverplaatsingDelegate", "weigeringOpschalingMeldenDelegate",
            "zelfmelderOntvangenListener",
            // candidate groups, due dates, timers and the action list
            "acties", "groepen", "overdrachtsmoment", "termijnbewaking", "termijnen", "zelfmelderTermijnen");

    private final ApplicationContext context;

    ZichtbareBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Beans beans = new Beans(context);
        // Also for scripts: with beans set, Camunda's Spring configuration no longer offers the whole context there.
        configuratie.setBeans(beans);
        configuratie.setExpressionManager(new SpringExpressionManager(context, beans));
    }

    /** Read-only: Camunda's expression resolver refuses to assign to a name in it, and the map refuses puts. */
    private static final class Beans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        Beans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object naam) {
            return NAMEN.contains(naam);
        }

        @Override
        public Object get(Object naam) {
            return containsKey(naam) ? context.getBean((String) naam) : null;
        }

        @Override
        public Set<Object> keySet() {
            return Set.<Object>copyOf(NAMEN);
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            return NAMEN.stream().map(naam -> Map.entry((Object) naam, context.getBean(naam)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
