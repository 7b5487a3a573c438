package nl.nazorg.documenten;

import java.util.List;
import java.util.Optional;

import nl.nazorg.api.ApiFout;
import nl.nazorg.api.ApiGebruiker;
import nl.nazorg.api.CasusToegang;
import nl.nazorg.casus.Casus;
import nl.nazorg.casus.CasusRepository;
import nl.nazorg.partner.Document;
import nl.nazorg.partner.DocumentArchief;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The case behind a task, for a Tasklist user: only when the engine shows them the task (it checks their
 * authorizations, which the webapp set for the request) and {@link CasusToegang} lets them read the case, as in /api/v1.
 * Gemeente and reclassering work single actions without reading the whole case, so they get no documents.
 */
@Component
public class CasusVanTaak {

    private final TaskService taken;
    private final CasusRepository casussen;
    private final CasusToegang toegang;
    private final DocumentArchief archief;

    public CasusVanTaak(TaskService taken, CasusRepository casussen, CasusToegang toegang, DocumentArchief archief) {
        this.taken = taken;
        this.casussen = casussen;
        this.toegang = toegang;
        this.archief = archief;
    }

    public List<Document> documenten(Authentication gebruiker, String taakId) {
        return archief.lijst(casus(gebruiker, taakId).detentieId());
    }

    public DocumentArchief.OpgeslagenDocument document(Authentication gebruiker, String taakId, String documentId) {
        Casus casus = casus(gebruiker, taakId);
        return nummer(documentId).flatMap(archief::lees)
                .filter(d -> d.document().detentieId().equals(casus.detentieId()))
                .orElseThrow(() -> new ApiFout.NietGevonden("Geen document " + documentId + " bij deze taak"));
    }

    private Casus casus(Authentication gebruiker, String taakId) {
        if (gebruiker == null || gebruiker.getUserId() == null) {
            throw onbekend(taakId);
        }
        Task taak = taken.createTaskQuery().taskId(taakId).singleResult();
        if (taak == null || taak.getProcessInstanceId() == null) {
            throw onbekend(taakId);
        }
        Casus casus = casussen.zoekOpProcesinstantie(taak.getProcessInstanceId()).orElseThrow(() -> onbekend(taakId));
        List<String> groepen = gebruiker.getGroupIds() == null ? List.of() : gebruiker.getGroupIds();
        return toegang.zichtbaarVoor(new ApiGebruiker(gebruiker.getUserId(), groepen), casus.detentieId());
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
