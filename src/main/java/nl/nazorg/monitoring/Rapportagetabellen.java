package nl.nazorg.monitoring;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import nl.nazorg.beeldvorming.ComplexiteitBepaald;
import nl.nazorg.casus.UitstroomGemeld;
import nl.nazorg.identity.GemeenteTabel;
import nl.nazorg.melding.CasusGemeld;
import nl.nazorg.plan.Plangebeurtenissen;
import nl.nazorg.casus.Termijn;
import nl.nazorg.overdracht.OverdrachtGestart;
import nl.nazorg.termijn.TermijnAfgerond;
import nl.nazorg.termijn.TermijnGewaarschuwd;
import nl.nazorg.termijn.Termijnen;
import nl.nazorg.zelfmelder.Zelfmeldergebeurtenissen;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps the reporting tables current. Every method runs inside the engine command of the process step that
 * causes it, so a report never disagrees with the process, and every write is safe to repeat (a job that
 * outlived its lock and runs again finds the same row). Every write names the months whose figures it changes
 * ({@link Maandversies}), before and after a change of the dates a case counts under.
 */
@Repository
public class Rapportagetabellen {

    static final String BUITEN_REGIO = "buiten-regio";

    private final JdbcTemplate jdbc;
    private final GemeenteTabel gemeenten;
    private final Maandversies maandversies;
    private final Termijnen termijnen;

    public Rapportagetabellen(JdbcTemplate jdbc, GemeenteTabel gemeenten, Maandversies maandversies, Termijnen termijnen) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
        this.maandversies = maandversies;
        this.termijnen = termijnen;
    }

    @EventListener
    public void casusGemeld(CasusGemeld casus) {
        casusWijzigt(casus.detentieId());
        jdbc.update("delete from rapportage_casus where detentie_id = ?", casus.detentieId());
        jdbc.update("""
                insert into rapportage_casus (detentie_id, pi_code, zvh_regio, gemeente_code, geslacht, insluitingsdatum,
                                              intake_deadline, informatieblad_deadline, plan_deadline)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                casus.detentieId(), casus.piCode(), casus.zvhRegio(), casus.gemeenteCode(), casus.geslacht(),
                Date.valueOf(casus.insluitingsdatum()), Date.valueOf(casus.intakeDeadline()),
                Date.valueOf(casus.informatiebladDeadline()), Date.valueOf(casus.planDeadline()));
        // The deadlines of steps 1c, 1e and 1f, as the process set them at the same start.
        Map<Termijn, LocalDate> vervaldagen = termijnen.vervaldagen(casus.insluitingsdatum());
        jdbc.update("update rapportage_casus set bekendheid_deadline = ?, contact_deadline = ?, afstemmen_deadline = ? "
                        + "where detentie_id = ?", Date.valueOf(vervaldagen.get(Termijn.BEKENDHEID)),
                Date.valueOf(vervaldagen.get(Termijn.CONTACT)), Date.valueOf(vervaldagen.get(Termijn.AFSTEMMEN)),
                casus.detentieId());
        maandversies.gewijzigd(casus.detentieId(), casus.insluitingsdatum());
    }

    /** The first completion counts: doing the work again later does not make a missed deadline met. */
    @EventListener
    public void termijnAfgerond(TermijnAfgerond afgerond) {
        String kolom = afgerond.termijn().code();
        String datumkolom = TermijnenRapport.afgerondKolom(kolom);
        jdbc.query("select insluitingsdatum from rapportage_casus where detentie_id = ? and " + datumkolom + " is null",
                (rs, i) -> rs.getDate(1).toLocalDate(), afgerond.detentieId()).forEach(insluiting -> {
                    jdbc.update("update rapportage_casus set " + datumkolom + " = ?, " + kolom + "_dagen = ? where detentie_id = ?",
                            Date.valueOf(afgerond.dag()), ChronoUnit.DAYS.between(insluiting, afgerond.dag()), afgerond.detentieId());
                    maandversies.gewijzigd(afgerond.detentieId(), insluiting);
                });
    }

    /** The first warning counts; there is one per case and termijn. */
    @EventListener
    public void termijnGewaarschuwd(TermijnGewaarschuwd gewaarschuwd) {
        String kolom = gewaarschuwd.termijn().code() + "_gewaarschuwd_op";
        jdbc.query("select insluitingsdatum from rapportage_casus where detentie_id = ? and " + kolom + " is null",
                (rs, i) -> rs.getDate(1).toLocalDate(), gewaarschuwd.detentieId()).forEach(insluiting -> {
                    jdbc.update("update rapportage_casus set " + kolom + " = ? where detentie_id = ?",
                            Date.valueOf(gewaarschuwd.dag()), gewaarschuwd.detentieId());
                    maandversies.gewijzigd(gewaarschuwd.detentieId(), insluiting);
                });
    }

    @EventListener
    public void complexiteitBepaald(ComplexiteitBepaald bepaald) {
        String detentieId = bepaald.detentieId();
        casusWijzigt(detentieId);
        String complexiteit = bepaald.complexiteit();
        List<String> leefgebieden = bepaald.leefgebieden();
        jdbc.update("update rapportage_casus set complexiteit = ? where detentie_id = ?", complexiteit, detentieId);
        jdbc.update("delete from rapportage_hulpvraag where detentie_id = ?", detentieId);
        jdbc.batchUpdate("""
                        insert into rapportage_hulpvraag (detentie_id, leefgebied, insluitingsdatum, zvh_regio, pi_code,
                                                          gemeente_code)
                        select detentie_id, ?, insluitingsdatum, zvh_regio, pi_code, gemeente_code
                        from rapportage_casus where detentie_id = ?""",
                leefgebieden.stream().distinct().map(l -> new Object[] {l, detentieId}).toList());
    }

    @EventListener
    public void actielijstVastgesteld(Plangebeurtenissen.ActielijstVastgesteld vastgesteld) {
        String detentieId = vastgesteld.detentieId();
        List<String> leefgebiedPerActie = vastgesteld.leefgebiedPerActie();
        casusWijzigt(detentieId);
        jdbc.update("delete from rapportage_actie where detentie_id = ?", detentieId);
        for (int i = 0; i < leefgebiedPerActie.size(); i++) {
            jdbc.update("""
                    insert into rapportage_actie (detentie_id, volgnummer, leefgebied, insluitingsdatum, zvh_regio, pi_code,
                                                  gemeente_code)
                    select detentie_id, ?, ?, insluitingsdatum, zvh_regio, pi_code, gemeente_code
                    from rapportage_casus where detentie_id = ?""", i, leefgebiedPerActie.get(i), detentieId);
        }
    }

    @EventListener
    public void actiesToegevoegd(Plangebeurtenissen.ActiesToegevoegd toegevoegd) {
        String detentieId = toegevoegd.detentieId();
        casusWijzigt(detentieId);
        List<String> leefgebiedPerActie = toegevoegd.leefgebiedPerActie();
        for (int i = 0; i < leefgebiedPerActie.size(); i++) {
            jdbc.update("""
                    insert into rapportage_actie (detentie_id, volgnummer, leefgebied, insluitingsdatum, zvh_regio, pi_code,
                                                  gemeente_code)
                    select detentie_id, ?, ?, insluitingsdatum, zvh_regio, pi_code, gemeente_code
                    from rapportage_casus where detentie_id = ?""", toegevoegd.eerste() + i, leefgebiedPerActie.get(i),
                    detentieId);
        }
    }

    @EventListener
    public void actieAfgehandeld(Plangebeurtenissen.ActieAfgehandeld afgehandeld) {
        casusWijzigt(afgehandeld.detentieId());
        jdbc.update("update rapportage_actie set uitgevoerd = ?, afgehandeld_op = ? where detentie_id = ? and volgnummer = ?",
                afgehandeld.uitgevoerd(), Date.valueOf(Termijnen.vandaag()), afgehandeld.detentieId(), afgehandeld.volgnummer());
    }

    /** The first start counts: a handover that began before the release stays so. */
    @EventListener
    public void overdrachtGestart(OverdrachtGestart gestart) {
        casusWijzigt(gestart.detentieId());
        jdbc.update("update rapportage_casus set overdracht_gestart_op = ? where detentie_id = ? and overdracht_gestart_op is null",
                Date.valueOf(gestart.dag()), gestart.detentieId());
    }

    /** Bijlage 2 counts a case under the gemeente and in the year of its uit-detentiemelding. */
    @EventListener
    public void uitstroom(UitstroomGemeld uitstroom) {
        String detentieId = uitstroom.detentieId();
        LocalDate uitstroomdatum = uitstroom.uitstroomdatum();
        String uitstroomgemeenteCode = uitstroom.uitstroomgemeenteCode();
        casusWijzigt(detentieId);
        jdbc.update("update rapportage_casus set uitstroomdatum = ?, uitstroomgemeente_code = ?, uitstroomregio = ? "
                        + "where detentie_id = ?",
                Date.valueOf(uitstroomdatum), uitstroomgemeenteCode, regioVan(uitstroomgemeenteCode), detentieId);
        maandversies.gewijzigd(detentieId, uitstroomdatum);
    }

    @EventListener
    public void zelfmelderGemeld(Zelfmeldergebeurtenissen.Gemeld melding) {
        String zelfmelderId = melding.zelfmelderId();
        String gemeenteCode = melding.gemeenteCode();
        LocalDate oproepdatum = melding.oproepdatum();
        zelfmelderWijzigt(zelfmelderId);
        jdbc.update("delete from rapportage_zelfmelder where zelfmelder_id = ?", zelfmelderId);
        jdbc.update("""
                insert into rapportage_zelfmelder (zelfmelder_id, gemeente_code, zvh_regio, oproepdatum,
                                                   uitstel_aangevraagd, uitstel_toegekend)
                values (?, ?, ?, ?, false, false)""",
                zelfmelderId, gemeenteCode, regioVan(gemeenteCode), Date.valueOf(oproepdatum));
        maandversies.gewijzigd(zelfmelderId, oproepdatum);
    }

    @EventListener
    public void planVanAanpakKlaar(Zelfmeldergebeurtenissen.PlanVanAanpakKlaar klaar) {
        zelfmelderWijzigt(klaar.zelfmelderId());
        jdbc.update("update rapportage_zelfmelder set plan_van_aanpak_op = ? where zelfmelder_id = ? "
                + "and plan_van_aanpak_op is null", Date.valueOf(klaar.dag()), klaar.zelfmelderId());
    }

    @EventListener
    public void planNietVoorOproepdatum(Zelfmeldergebeurtenissen.PlanNietVoorOproepdatum gemist) {
        zelfmelderWijzigt(gemist.zelfmelderId());
        jdbc.update("update rapportage_zelfmelder set plan_niet_voor_oproepdatum = true where zelfmelder_id = ?",
                gemist.zelfmelderId());
    }

    @EventListener
    public void uitstelAangevraagd(Zelfmeldergebeurtenissen.UitstelAangevraagd aanvraag) {
        zelfmelderWijzigt(aanvraag.zelfmelderId());
        jdbc.update("update rapportage_zelfmelder set uitstel_aangevraagd = true where zelfmelder_id = ?",
                aanvraag.zelfmelderId());
    }

    @EventListener
    public void uitstelToegekend(Zelfmeldergebeurtenissen.UitstelToegekend uitstel) {
        String zelfmelderId = uitstel.zelfmelderId();
        LocalDate nieuweOproepdatum = uitstel.nieuweOproepdatum();
        zelfmelderWijzigt(zelfmelderId);
        jdbc.update("update rapportage_zelfmelder set uitstel_toegekend = true, oproepdatum = ? where zelfmelder_id = ?",
                Date.valueOf(nieuweOproepdatum), zelfmelderId);
        maandversies.gewijzigd(zelfmelderId, nieuweOproepdatum);
    }

    /** The months the case counts in now, for the reports (insluiting, and uitstroom for Bijlage 2). */
    private void casusWijzigt(String detentieId) {
        jdbc.query("select insluitingsdatum, uitstroomdatum from rapportage_casus where detentie_id = ?", rs -> {
            maandversies.gewijzigd(detentieId, datum(rs.getDate(1)), datum(rs.getDate(2)));
        }, detentieId);
    }

    private void zelfmelderWijzigt(String zelfmelderId) {
        jdbc.query("select oproepdatum from rapportage_zelfmelder where zelfmelder_id = ?", rs -> {
            maandversies.gewijzigd(zelfmelderId, datum(rs.getDate(1)));
        }, zelfmelderId);
    }

    private static LocalDate datum(Date datum) {
        return datum == null ? null : datum.toLocalDate();
    }

    private String regioVan(String gemeenteCode) {
        return gemeenteCode == null ? BUITEN_REGIO
                : gemeenten.zoek(gemeenteCode).map(GemeenteTabel.Gemeente::regio).orElse(BUITEN_REGIO);
    }
}
