package nl.nazorg.prestaties;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies cases that went through the real process (templates) many times in SQL, in their own shape: every row of
 * the instance in Camunda's runtime and history tables and in the application's own tables, with new ids. Copy
 * {@code g} of a template gets every id with its last eight characters replaced by {@code g} in hex (Camunda's ids here
 * are time-based UUIDs, unique in their first part), its business key and detentieId with "-g" appended, its dates in
 * the reporting tables {@code g mod 3650} days earlier (ten years), and, unless {@code g} is a multiple of 25, its
 * groups, PI and region with "-(g mod 25)" appended: nationally a PI or region has about a 25th of the cases.
 */
final class Volumevulling {

    static final int PARTITIES = 25;

    /** Columns that hold ids of the instance's own rows; everything else (definitions, activity ids) is copied. */
    private static final Set<String> ID_KOLOMMEN = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "parent_id_", "super_exec_", "parent_act_inst_id_", "act_inst_id_", "task_id_", "bytearray_id_", "var_scope_",
            "process_instance_id_", "dec_inst_id_", "root_dec_inst_id_", "call_proc_inst_id_",
            "super_process_instance_id_", "exception_stack_id_", "parent_task_id_", "operation_id_", "process_instance_id",
            "resource_id_");

    /** Groups, PI and region: a 25th of the copies keeps the template's, the rest is spread over others. */
    private static final Set<String> PARTITIE_KOLOMMEN = Set.of("group_id_", "pi_code", "zvh_regio", "uitstroomregio");

    /** Table, and which of its rows belong to the template instances (?::text[] is their process instance ids). */
    private static final Map<String, String> CAMUNDA = new LinkedHashMap<>();

    static {
        String decisions = "(select id_ from act_hi_decinst where proc_inst_id_ = any(?::text[]))";
        String bytearrays = "id_ in (select bytearray_id_ from act_ru_variable where proc_inst_id_ = any(?::text[]) "
                + "union select bytearray_id_ from act_hi_varinst where proc_inst_id_ = any(?::text[]) "
                + "union select bytearray_id_ from act_hi_dec_in where dec_inst_id_ in " + decisions
                + " union select bytearray_id_ from act_hi_dec_out where dec_inst_id_ in " + decisions + ")";
        String taken = "(select id_ from act_ru_task where proc_inst_id_ = any(?::text[]))";
        CAMUNDA.put("act_ge_bytearray", bytearrays);
        CAMUNDA.put("act_ru_execution", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_ru_task", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_ru_identitylink", "task_id_ in " + taken);
        // the task's candidate groups (Camunda) and the case's PI and region (CasusAutorisaties)
        CAMUNDA.put("act_ru_authorization", "resource_id_ = any(?::text[]) or resource_id_ in " + taken
                + " or resource_id_ in (select id_ from act_hi_taskinst where proc_inst_id_ = any(?::text[]))");
        CAMUNDA.put("act_ru_variable", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_ru_job", "process_instance_id_ = any(?::text[])");
        CAMUNDA.put("act_ru_event_subscr", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_procinst", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_actinst", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_taskinst", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_varinst", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_op_log", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_decinst", "proc_inst_id_ = any(?::text[])");
        CAMUNDA.put("act_hi_dec_in", "dec_inst_id_ in " + decisions);
        CAMUNDA.put("act_hi_dec_out", "dec_inst_id_ in " + decisions);
    }

    /** The application's own tables, by the case's detentie_id (?::text[] is the templates' detentieIds). */
    private static final List<String> EIGEN = List.of("casus", "rapportage_casus", "rapportage_hulpvraag",
            "rapportage_actie", "verzonden_bericht");

    private final Benchdatabase database;

    Volumevulling(Benchdatabase database) {
        this.database = database;
    }

    /** Copies {@code van} up to {@code tot} (exclusive) of each template. */
    void kopieer(List<Sjabloon> sjablonen, int van, int tot) {
        if (van >= tot) {
            return;
        }
        String[] processen = sjablonen.stream().map(Sjabloon::procesInstantieId).toArray(String[]::new);
        String[] detenties = sjablonen.stream().map(Sjabloon::detentieId).toArray(String[]::new);
        try (Connection verbinding = database.verbinding()) {
            verbinding.setAutoCommit(false);
            for (Map.Entry<String, String> tabel : CAMUNDA.entrySet()) {
                kopieer(verbinding, tabel.getKey(), tabel.getValue(), processen, van, tot);
            }
            for (String tabel : EIGEN) {
                kopieer(verbinding, tabel, "detentie_id = any(?::text[])", detenties, van, tot);
            }
            try (Statement sql = verbinding.createStatement()) {
                // rows written past Rapportagetabellen: the reports must not reuse what they counted before
                sql.execute("update rapportage_maandversie set versie = versie + 1");
            }
            verbinding.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Kopiëren van de sjablonen mislukt", e);
        }
    }

    /** VACUUM ANALYZE, as autovacuum would after a load: fresh statistics for the planner. */
    void analyseer() {
        try (Connection verbinding = database.verbinding();
             Statement sql = verbinding.createStatement()) {
            sql.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void kopieer(Connection verbinding, String tabel, String eigenRijen, String[] sleutels, int van, int tot)
            throws SQLException {
        Map<String, String> kolommen = kolommen(verbinding, tabel);
        kolommen.remove("id"); // the application's identity columns number themselves
        List<String> expressies = new ArrayList<>();
        kolommen.forEach((kolom, type) -> expressies.add(expressie(tabel, kolom, type)));
        String sql = "insert into " + tabel + " (" + String.join(", ", kolommen.keySet()) + ") select "
                + String.join(", ", expressies) + " from " + tabel + " t cross join generate_series(?, ?) g where " + eigenRijen;
        try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
            opdracht.setInt(1, van);
            opdracht.setInt(2, tot - 1);
            Array lijst = verbinding.createArrayOf("text", sleutels);
            for (int i = 0; i < aantalParameters(eigenRijen); i++) {
                opdracht.setArray(3 + i, lijst);
            }
            opdracht.executeUpdate();
        }
    }

    private static String expressie(String tabel, String kolom, String type) {
        if (ID_KOLOMMEN.contains(kolom)) {
            return "(case when t." + kolom + " is null then null else left(t." + kolom + ", length(t." + kolom
                    + ") - 8) || 'f' || lpad(to_hex(g), 7, '0') end)";
        }
        if (kolom.equals("business_key_") || kolom.equals("detentie_id") || kolom.equals("sleutel")) {
            return "(t." + kolom + " || '-' || g)";
        }
        if (PARTITIE_KOLOMMEN.contains(kolom)) {
            return "(case when g % " + PARTITIES + " = 0 then t." + kolom + " else t." + kolom + " || '-' || (g % "
                    + PARTITIES + ") end)";
        }
        if (tabel.startsWith("rapportage") && (type.equals("date") || type.startsWith("timestamp"))) {
            return "(t." + kolom + " - (g % 3650) * interval '1 day')::" + (type.equals("date") ? "date" : "timestamp");
        }
        return "t." + kolom;
    }

    private static int aantalParameters(String sql) {
        return sql.split("\\?::text\\[]", -1).length - 1;
    }

    private static Map<String, String> kolommen(Connection verbinding, String tabel) throws SQLException {
        Map<String, String> kolommen = new LinkedHashMap<>();
        try (PreparedStatement sql = verbinding.prepareStatement("""
                select column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position""")) {
            sql.setString(1, tabel);
            try (ResultSet rij = sql.executeQuery()) {
                while (rij.next()) {
                    kolommen.put(rij.getString(1), rij.getString(2));
                }
            }
        }
        if (kolommen.isEmpty()) {
            throw new IllegalStateException("Tabel " + tabel + " bestaat niet");
        }
        return kolommen;
    }

    /** A case that went through the real process, to be copied. */
    record Sjabloon(String detentieId, String procesInstantieId) {
    }
}
