package nl.nazorg.partner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox of partner mail (table uitgaande_mail): written in the transaction of the process step that causes the
 * mail, read and marked by {@link MailVerzender}. One row per {@link Bericht#sleutel()}.
 */
@Repository
public class UitgaandeMail {

    private final JdbcTemplate jdbc;

    public UitgaandeMail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the mail in the outbox, in the caller's transaction; nothing when its sleutel is already there. */
    void zetKlaar(Bericht bericht, Instant nu) {
        Bijlage bijlage = bericht.bijlage();
        jdbc.update("""
                insert into uitgaande_mail (sleutel, proces_instantie_id, detentie_id, ontvanger, onderwerp, inhoud,
                                            bijlage_naam, bijlage_type, bijlage, aangemaakt_op)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from uitgaande_mail where sleutel = ?)""",
                bericht.sleutel(), bericht.procesInstantieId(), bericht.detentieId(), bericht.ontvanger(),
                bericht.onderwerp(), bericht.inhoud(), bijlage == null ? null : bijlage.bestandsnaam(),
                bijlage == null ? null : bijlage.mediaType(), bijlage == null ? null : bijlage.inhoud(),
                Timestamp.from(nu), bericht.sleutel());
    }

    /**
     * The oldest mails that are due, at most {@code aantal}, locked for the caller's transaction; mails another node
     * is sending right now are skipped, so two nodes never send the same mail at the same time.
     */
    List<Klaarstaand> klaarstaand(Instant nu, int aantal) {
        return jdbc.query("""
                select id, sleutel, proces_instantie_id, ontvanger, onderwerp, inhoud, bijlage_naam, bijlage_type,
                       bijlage, pogingen, incident_id
                from uitgaande_mail
                where verstuurd_op is null and (volgende_poging is null or volgende_poging <= ?)
                order by id
                fetch first ? rows only
                for update skip locked""",
                (rs, i) -> {
                    String bijlageNaam = rs.getString("bijlage_naam");
                    return new Klaarstaand(rs.getLong("id"), rs.getString("sleutel"), rs.getString("proces_instantie_id"),
                            rs.getString("ontvanger"), rs.getString("onderwerp"), rs.getString("inhoud"),
                            bijlageNaam == null ? null
                                    : new Bijlage(bijlageNaam, rs.getString("bijlage_type"), rs.getBytes("bijlage")),
                            rs.getInt("pogingen"), rs.getString("incident_id"));
                },
                Timestamp.from(nu), aantal);
    }

    void markeerVerstuurd(long id, Instant nu) {
        jdbc.update("""
                update uitgaande_mail set verstuurd_op = ?, bijlage = null, laatste_fout = null, incident_id = null
                where id = ?""", Timestamp.from(nu), id);
    }

    void markeerMislukt(long id, int pogingen, Instant volgendePoging, String fout, String incidentId) {
        jdbc.update("""
                update uitgaande_mail set pogingen = ?, volgende_poging = ?, laatste_fout = ?, incident_id = ?
                where id = ?""", pogingen, Timestamp.from(volgendePoging), fout, incidentId, id);
    }

    /** A mail that is due, as read from the outbox. {@code bijlage} and {@code incidentId} may be null. */
    record Klaarstaand(long id, String sleutel, String procesInstantieId, String ontvanger, String onderwerp,
                       String inhoud, Bijlage bijlage, int pogingen, String incidentId) {
    }
}
