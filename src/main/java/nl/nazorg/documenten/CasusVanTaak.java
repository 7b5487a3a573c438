package nl.nazorg.documenten;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.nazorg.api.ApiFout;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.casus.Casus;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import nl.nazorg.zelfmelder.ZelfmelderVariabelen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case behind a task, for a Tasklist user: only when the engine shows them the task (it checks their
 * authorizations, which the webapp set for the request) and they may read the case. A nazorg case is read as in
 * /api/v1 ({@link CasusToegang}); gemeente and reclassering work single actions of it without reading the whole case,
 * so they get no documents there. A zelfmelder case is read by those with READ on its process instance (the gemeente
 * of the zelfmelder) and those who see every case. The letter to a zelfmelder is kept under the zelfmelderId; a nazorg
 * case that began as a zelfmelder shows it with its own documents.
 */
@Component
public class CasusVanTaak {

    private final TaskService taken;
    private final RuntimeService runtime;
    private final AuthorizationService autorisaties;
    private final CasusRepository casussen;
    private final CasusToegang toegang;
    private final DocumentArchief archief;

    public CasusVanTaak(TaskService taken, RuntimeService runtime, AuthorizationService autorisaties,
                        CasusRepository casussen, CasusToegang toegang, DocumentArchief archief) {
        this.taken = taken;
        this.runtime = runtime;
        this.autorisaties = autorisaties;
        this.casussen = casussen;
        this.toegang = toegang;
        this.archief = archief;
    }

    public List<Document> documenten(Authentication gebruiker, String taakId) {
        return dossiers(gebruiker, taakId).stream().flatMap(dossier -> archief.lijst(dossier).stream())
                .sorted(Comparator.comparing(Document::aangemaaktOp).thenComparing(Document::id)).toList();
    }

    public DocumentArchief.OpgeslagenDocument document(Authentication gebruiker, String taakId, String documentId) {
        List<String> dossiers = dossiers(gebruiker, taakId);
        return nummer(documentId).flatMap(archief::lees)
                .filter(d -> dossiers.contains(d.document().detentieId()))
                .orElseThrow(() -> new ApiFout.NietGevonden("Geen document " + documentId + " bij deze taak"));
    }

    /** The keys under which the documents of the task's case are kept: its detentieId and/or zelfmelderId. */
    private List<String> dossiers(Authentication gebruiker, String taakId) {
        if (gebruiker == null || gebruiker.getUserId() == null) {
            throw onbekend(taakId);
        }
        Task taak = taken.createTaskQuery().taskId(taakId).singleResult();
        if (taak == null || taak.getProcessInstanceId() == null) {
            throw onbekend(taakId);
        }
        String procesinstantie = taak.getProcessInstanceId();
        ApiGebruiker lezer = new ApiGebruiker(gebruiker.getUserId(), gebruiker.getGroupIds() == null ? List.of() : gebruiker.getGroupIds());
        Optional<Casus> nazorg = casussen.zoekOpProcesinstantie(procesinstantie);
        if (nazorg.isEmpty() && !lezer.zietAlleCasussen() && !autorisaties.isUserAuthorized(lezer.id(), lezer.groepen(),
                Permissions.READ, Resources.PROCESS_INSTANCE, procesinstantie)) {
            throw onbekend(taakId);
        }
        List<String> dossiers = new ArrayList<>();
        if (nazorg.isPresent()) {
            try {
                dossiers.add(toegang.zichtbaarVoor(lezer, nazorg.get().detentieId()).detentieId());
            } catch (ApiFout.NietGevonden nietVoorDezeGebruiker) {
                throw onbekend(taakId);
            }
        }
        if (runtime.getVariable(procesinstantie, ZelfmelderVariabelen.ZELFMELDER_ID) instanceof String zelfmelderId) {
            dossiers.add(zelfmelderId);
        }
        if (dossiers.isEmpty()) {
            throw onbekend(taakId);
        }
        return dossiers;
    }

    private static Optional<Long> nummer(String documentId) {
        try {
            return Optional.of(Long.parseLong(documentId));
        } catch (NumberFormatException geenNummer) {
            return Optional.empty();
        }
    }

    private static ApiFout.NietGevonden onbekend(String taakId) {
        return new ApiFout.NietGevonden("Geen taak " + taakId + " met documenten voor deze gebruiker");
    }
}
