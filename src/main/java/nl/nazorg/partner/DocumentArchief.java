package nl.nazorg.partner;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The documents sent to partners, kept with the case (table document): what exactly went out, byte for byte,
 * with its SHA-256. One document per {@code sleutel}, so a job that runs again keeps the first one.
 */
@Repository
public class DocumentArchief {

    private static final String KOLOMMEN = "id, detentie_id, soort, bestandsnaam, media_type, grootte, sha256, aangemaakt_op";

    private final JdbcTemplate jdbc;

    public DocumentArchief(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the file as a document of the case, once per sleutel. Returns the stored document: the new one, or the
     * one an earlier run of the same step stored (which is then what should be sent).
     */
    public OpgeslagenDocument bewaar(String sleutel, String detentieId, Document.Soort soort, Bijlage bestand) {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(detentieId, "detentieId");
        Objects.requireNonNull(soort, "soort");
        jdbc.update("""
                insert into document (sleutel, detentie_id, soort, bestandsnaam, media_type, inhoud, grootte, sha256, aangemaakt_op)
                select ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as een(x)
                where not exists (select 1 from document where sleutel = ?)""",
                sleutel, detentieId, soort.name(), bestand.bestandsnaam(), bestand.mediaType(), bestand.inhoud(),
                bestand.inhoud().length, sha256(bestand.inhoud()), Timestamp.from(ClockUtil.getCurrentTime().toInstant()),
                sleutel);
        return jdbc.queryForObject("select " + KOLOMMEN + ", inhoud from document where sleutel = ?",
                (rs, i) -> new OpgeslagenDocument(document(rs), rs.getBytes("inhoud")), sleutel);
    }

    /** One document per process instance, step and soort. */
    public static String sleutel(DelegateExecution execution, Document.Soort soort) {
        return execution.getProcessInstanceId() + "/" + execution.getCurrentActivityId() + "/" + soort.name();
    }

    /** The documents of a case, oldest first, without their bytes. */
    public List<Document> lijst(String detentieId) {
        return jdbc.query("select " + KOLOMMEN + " from document where detentie_id = ? order by aangemaakt_op, id",
                (rs, i) -> document(rs), detentieId);
    }

    /** One document with its bytes; empty when the id is unknown. */
    public Optional<OpgeslagenDocument> lees(long documentId) {
        return jdbc.query("select " + KOLOMMEN + ", inhoud from document where id = ?",
                (rs, i) -> new OpgeslagenDocument(document(rs), rs.getBytes("inhoud")), documentId).stream().findFirst();
    }

    private static Document document(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("detentie_id"), Document.Soort.valueOf(rs.getString("soort")),
                rs.getString("bestandsnaam"), rs.getString("media_type"), rs.getLong("grootte"), rs.getString("sha256"),
                rs.getTimestamp("aangemaakt_op").toInstant());
    }

    static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }

    /** A stored document with its bytes. */
    public record OpgeslagenDocument(Document document, byte[] inhoud) {

        /** The document as an attachment of a message. */
        public Bijlage alsBijlage() {
            return new Bijlage(document.bestandsnaam(), document.mediaType(), inhoud);
        }
    }
}
