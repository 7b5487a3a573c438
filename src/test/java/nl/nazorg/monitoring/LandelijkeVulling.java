package nl.nazorg.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.beeldvorming.Leefgebied;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.identity.GemeenteTabel.Gemeente;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the reporting tables with generated cases over 2016–2025, in bulk ({@code insert … select generate_series})
 * and reproducibly (a fixed seed). Empties them first: meant for the test database only.
 * <p>
 * Shape: the case's gemeente uniform over all gemeenten (so a region weighs by its number of gemeenten), the PI of
 * instroom uniform over all PIs (placement is national), 91% men, 70% released within two months, deadlines
 * (intake and informatieblad 14 days, plan 28 days) missed now and then, work done only while still detained,
 * 0–7 hulpvragen, one action per hulpvraag in a vastgesteld plan, zelfmelders 3% of the cases.
 */
class LandelijkeVulling {

    static final LocalDate EERSTE_DAG = LocalDate.of(2016, 1, 1);
    static final LocalDate LAATSTE_DAG = LocalDate.of(2025, 12, 31);

    private static final double ZELFMELDERS_PER_CASUS = 0.03;
    private static final Map<Leefgebied, Double> KANS_OP_HULPVRAAG = new EnumMap<>(Map.of(
            Leefgebied.ID_BEWIJS, 0.25, Leefgebied.HUISVESTING, 0.45, Leefgebied.WERK_INKOMEN, 0.50,
            Leefgebied.SCHULDEN, 0.40, Leefgebied.ZORG, 0.35, Leefgebied.SOCIAAL_NETWERK, 0.20, Leefgebied.HERSTEL, 0.15));

    private static final List<String> TABELLEN =
            List.of("rapportage_casus", "rapportage_hulpvraag", "rapportage_actie", "rapportage_zelfmelder");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final LandelijkeIndeling indeling;

    LandelijkeVulling(JdbcTemplate jdbc, TransactionTemplate transactie, LandelijkeIndeling indeling) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.indeling = indeling;
    }

    void vul(int casussen) {
        transactie.executeWithoutResult(status -> {
            jdbc.execute("truncate " + String.join(", ", TABELLEN));
            jdbc.execute("select setseed(0.2016)");
            indelingAlsTabellen();
            trekCasussen(casussen);
            vulHulpvragen();
            vulCasussen();
            vulActies();
            geefDeelrijenHunCasus();
            vulZelfmelders(Math.round(casussen * ZELFMELDERS_PER_CASUS));
            // rows written past Rapportagetabellen: the reports must not reuse what they counted before
            jdbc.update("update rapportage_maandversie set versie = versie + 1");
        });
        // As autovacuum would have done long before anyone asks for ten years of figures.
        TABELLEN.forEach(tabel -> jdbc.execute("vacuum analyze " + tabel));
    }

    private void indelingAlsTabellen() {
        jdbc.execute("create temp table bench_gemeente (nr integer primary key, code varchar, regio varchar) on commit drop");
        jdbc.update("""
                insert into bench_gemeente (nr, code, regio)
                select nr, code, regio from unnest(?::varchar[], ?::varchar[]) with ordinality as g(code, regio, nr)""",
                indeling.gemeenten().stream().map(Gemeente::code).toArray(String[]::new),
                indeling.gemeenten().stream().map(Gemeente::regio).toArray(String[]::new));
        jdbc.execute("create temp table bench_pi (nr integer primary key, code varchar) on commit drop");
        jdbc.update("insert into bench_pi (nr, code) select nr, code from unnest(?::varchar[]) with ordinality as p(code, nr)",
                (Object) indeling.pis().toArray(String[]::new));
    }

    /** The random draws per case, and from them the days on which work was done (null: not done). */
    private void trekCasussen(int casussen) {
        jdbc.execute("""
                create temp table bench_casus on commit drop as
                select nr, 'BENCH-' || nr as detentie_id, insluitingsdatum, gemeente_nr, pi_nr, geslacht,
                       case when insluitingsdatum + detentiedagen <= date '%4$s' then insluitingsdatum + detentiedagen end
                           as uitstroomdatum,
                       case when intake and intake_dagen < gedaan_voor then intake_dagen end as intake_dagen,
                       case when intake and informatieblad and intake_dagen + informatieblad_wacht < gedaan_voor
                            then intake_dagen + informatieblad_wacht end as informatieblad_dagen,
                       case when intake and plan and intake_dagen + plan_wacht < gedaan_voor
                            then intake_dagen + plan_wacht end as plan_dagen,
                       hulpvraagtrekking
                from (select nr,
                             date '%3$s' + floor(random() * %5$s)::integer as insluitingsdatum,
                             1 + floor(random() * %1$s)::integer as gemeente_nr,
                             1 + floor(random() * %2$s)::integer as pi_nr,
                             case when random() < 0.91 then 'M' else 'V' end as geslacht,
                             case when random() < 0.70 then 5 + floor(random() * 56)
                                  else 61 + floor(random() * 670) end::integer as detentiedagen,
                             random() < 0.95 as intake,
                             -- a product of two draws: most intakes early, one in five after the 14 days
                             1 + floor(random() * random() * 30)::integer as intake_dagen,
                             random() < 0.90 as informatieblad,
                             floor(random() * 10)::integer as informatieblad_wacht,
                             random() < 0.85 as plan,
                             3 + floor(random() * 30)::integer as plan_wacht,
                             array[%7$s] as hulpvraagtrekking
                      from generate_series(1, %6$s) nr) trekking
                -- work is done while detained and not after the last day of the data
                cross join lateral (select least(detentiedagen, date '%4$s' - insluitingsdatum + 1) as gedaan_voor) grens"""
                .formatted(indeling.gemeenten().size(), indeling.pis().size(), EERSTE_DAG, LAATSTE_DAG,
                        ChronoUnit.DAYS.between(EERSTE_DAG, LAATSTE_DAG) + 1, casussen,
                        String.join(", ", Collections.nCopies(KANS_OP_HULPVRAAG.size(), "random()"))));
    }

    private void vulHulpvragen() {
        jdbc.update("""
                insert into rapportage_hulpvraag (detentie_id, leefgebied)
                select c.detentie_id, l.leefgebied
                from bench_casus c cross join unnest(?::varchar[], ?::float8[]) with ordinality as l(leefgebied, kans, nr)
                where c.intake_dagen is not null and c.hulpvraagtrekking[l.nr] < l.kans""",
                KANS_OP_HULPVRAAG.keySet().stream().map(Leefgebied::code).toArray(String[]::new),
                KANS_OP_HULPVRAAG.values().toArray(Double[]::new));
    }

    private void vulCasussen() {
        jdbc.update("""
                insert into rapportage_casus (detentie_id, pi_code, zvh_regio, gemeente_code, geslacht, insluitingsdatum,
                       intake_deadline, informatieblad_deadline, plan_deadline,
                       intake_afgerond_op, informatieblad_gedeeld_op, plan_vastgesteld_op,
                       intake_dagen, informatieblad_dagen, plan_dagen, complexiteit,
                       uitstroomdatum, uitstroomgemeente_code, uitstroomregio)
                select c.detentie_id, p.code, g.regio, g.code, c.geslacht, c.insluitingsdatum,
                       c.insluitingsdatum + 14, c.insluitingsdatum + 14, c.insluitingsdatum + 28,
                       c.insluitingsdatum + c.intake_dagen, c.insluitingsdatum + c.informatieblad_dagen,
                       c.insluitingsdatum + c.plan_dagen,
                       c.intake_dagen, c.informatieblad_dagen, c.plan_dagen,
                       case when c.intake_dagen is null then null
                            when coalesce(h.aantal, 0) <= 1 then 'enkelvoudig' else 'meervoudig' end,
                       c.uitstroomdatum,
                       case when c.uitstroomdatum is not null then g.code end,
                       case when c.uitstroomdatum is not null then g.regio end
                from bench_casus c
                join bench_gemeente g on g.nr = c.gemeente_nr
                join bench_pi p on p.nr = c.pi_nr
                left join (select detentie_id, count(*) as aantal from rapportage_hulpvraag group by detentie_id) h
                       on h.detentie_id = c.detentie_id""");
    }

    private void vulActies() {
        jdbc.update("""
                insert into rapportage_actie (detentie_id, volgnummer, leefgebied, uitgevoerd)
                select h.detentie_id, row_number() over (partition by h.detentie_id order by h.leefgebied) - 1, h.leefgebied,
                       case when kans < 0.65 then true when kans < 0.80 then false end
                from (select h.*, random() as kans from rapportage_hulpvraag h) h
                join bench_casus c on c.detentie_id = h.detentie_id
                where c.plan_dagen is not null""");
    }

    /** What the application writes with each hulpvraag and actie: its case's insluitingsdatum and scope. */
    private void geefDeelrijenHunCasus() {
        for (String tabel : List.of("rapportage_hulpvraag", "rapportage_actie")) {
            jdbc.update("""
                    update %s d set insluitingsdatum = c.insluitingsdatum, zvh_regio = c.zvh_regio, pi_code = c.pi_code,
                                    gemeente_code = c.gemeente_code
                    from rapportage_casus c where c.detentie_id = d.detentie_id""".formatted(tabel));
        }
    }

    private void vulZelfmelders(long zelfmelders) {
        jdbc.update("""
                insert into rapportage_zelfmelder (zelfmelder_id, gemeente_code, zvh_regio, oproepdatum, plan_van_aanpak_op,
                                                   uitstel_aangevraagd, uitstel_toegekend)
                select 'BENCH-Z' || z.nr, g.code, g.regio, z.oproepdatum,
                       case when z.plan then z.oproepdatum - z.dagen_voor_oproep end,
                       z.uitstel_aangevraagd, z.uitstel_aangevraagd and z.uitstel_toegekend
                from (select nr, date '%2$s' + floor(random() * %3$s)::integer as oproepdatum,
                             1 + floor(random() * %1$s)::integer as gemeente_nr,
                             random() < 0.80 as plan,
                             floor(random() * 40)::integer - 8 as dagen_voor_oproep,
                             random() < 0.12 as uitstel_aangevraagd,
                             random() < 0.70 as uitstel_toegekend
                      from generate_series(1, %4$s) nr) z
                join bench_gemeente g on g.nr = z.gemeente_nr"""
                .formatted(indeling.gemeenten().size(), EERSTE_DAG, ChronoUnit.DAYS.between(EERSTE_DAG, LAATSTE_DAG) + 1,
                        zelfmelders));
    }

    /** The shape of what was generated, to check it against the intended one. */
    String vorm() {
        return jdbc.queryForObject("""
                select format('%s%% man, %s%% binnen twee maanden vrij, %s%% meervoudig, %s hulpvragen en %s acties '
                              || 'per casus met intake, intake te laat bij %s%%',
                       round(100.0 * count(*) filter (where geslacht = 'M') / count(*)),
                       round(100.0 * count(*) filter (where uitstroomdatum - insluitingsdatum <= 61)
                             / count(uitstroomdatum)),
                       round(100.0 * count(*) filter (where complexiteit = 'meervoudig') / count(complexiteit)),
                       round((select count(*) from rapportage_hulpvraag)::numeric / count(complexiteit), 1),
                       round((select count(*) from rapportage_actie)::numeric / count(complexiteit), 1),
                       round(100.0 * count(*) filter (where intake_afgerond_op > intake_deadline)
                             / count(intake_afgerond_op)))
                from rapportage_casus""", String.class);
    }

    /** Row counts per table, to print next to the figures. */
    String omvang() {
        return String.join(", ", TABELLEN.stream()
                .map(tabel -> tabel + " " + jdbc.queryForObject("select count(*) from " + tabel, Long.class))
                .toList());
    }
}
