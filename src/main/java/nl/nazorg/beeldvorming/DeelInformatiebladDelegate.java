package nl.nazorg.beeldvorming;

import static nl.nazorg.casus.NazorgVariabelen.ACHTERNAAM;
import static nl.nazorg.casus.NazorgVariabelen.DETENTIE_ID;
import static nl.nazorg.casus.NazorgVariabelen.VOORLETTERS;
import static nl.nazorg.casus.NazorgVariabelen.ZVH_REGIO;

import java.util.Arrays;
import java.util.stream.Collectors;

import nl.nazorg.casus.ProcesVariabelen;
import nl.nazorg.partner.Bericht;
import nl.nazorg.casus.Termijn;
import nl.nazorg.termijn.Termijnen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Memo 2b: the informatieblad goes to the ZVH through Injus; the moment counts for the 10-werkdagen termijn. */
@Component("deelInformatiebladDelegate")
public class DeelInformatiebladDelegate implements JavaDelegate {

    private final Injus injus;
    private final Termijnen termijnen;

    public DeelInformatiebladDelegate(Injus injus, Termijnen termijnen) {
        this.injus = injus;
        this.termijnen = termijnen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String detentieId = ProcesVariabelen.verplichteTekst(execution, DETENTIE_ID);
        String zvhRegio = ProcesVariabelen.verplichteTekst(execution, ZVH_REGIO);
        injus.deelInformatieblad(new Injus.Informatieblad(Bericht.sleutel(execution, "injus"), detentieId, zvhRegio,
                inhoud(execution, detentieId)));
        termijnen.markeerAfgerond(execution, Termijn.INFORMATIEBLAD);
    }

    private static String inhoud(DelegateExecution execution, String detentieId) {
        String hulpvragen = Arrays.stream(Leefgebied.values())
                .filter(l -> ProcesVariabelen.waar(execution, l.hulpvraagVeld()))
                .map(l -> "- " + l.code() + notitie(execution, l))
                .collect(Collectors.joining("\n"));
        return """
                Informatieblad detentie %s
                Gedetineerde: %s %s
                Hulpvragen per leefgebied:
                %s""".formatted(detentieId, ProcesVariabelen.tekst(execution, VOORLETTERS),
                ProcesVariabelen.tekst(execution, ACHTERNAAM), hulpvragen.isEmpty() ? "- geen" : hulpvragen);
    }

    private static String notitie(DelegateExecution execution, Leefgebied leefgebied) {
        String notitie = ProcesVariabelen.tekst(execution, leefgebied.notitieVeld());
        return notitie == null || notitie.isBlank() ? "" : ": " + notitie;
    }
}
