package nl.nazorg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of the application's own tables (Flyway V1–V4) and of Camunda's running and historic instances. */
final class Databasestand {

    private static final List<String> TABELLEN = List.of("casus", "zvh_register_persoon", "gcos_registratie",
            "gemeente_team_persoon", "verzonden_bericht", "termijnoverschrijding", "document", "zelfmelder_casus",
            "zelfmelder_weekoverschrijding", "rapportage_casus", "rapportage_hulpvraag", "rapportage_actie",
            "rapportage_zelfmelder", "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job",
            "act_hi_procinst", "act_id_user");

    private Databasestand() {
    }

    static Map<String, Long> tel(JdbcTemplate jdbc) {
        Map<String, Long> rijen = new LinkedHashMap<>();
        TABELLEN.forEach(tabel -> rijen.put(tabel, jdbc.queryForObject("select count(*) from " + tabel, Long.class)));
        return rijen;
    }
}
