package nl.nazorg.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached, wherever it surfaced: Spring opening a transaction,
 * Hikari waiting for a connection, or Camunda's MyBatis losing one mid-command (wrapped in engine exceptions, or
 * hidden behind the failed rollback that followed).
 * Such a request changed nothing and may be repeated later: 503, not 500.
 */
public final class DatabaseStoring {

    public static final String DETAIL =
            "De database is niet bereikbaar. Probeer het later opnieuw; niets van dit verzoek is vastgelegd.";
    public static final String PROBEER_OPNIEUW_NA_SECONDEN = "30";

    private DatabaseStoring() {
    }

    public static boolean isOorzaakVan(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
            if (oorzaak instanceof DataAccessResourceFailureException || oorzaak instanceof CannotCreateTransactionException
                    || oorzaak instanceof SQLTransientConnectionException || oorzaak instanceof SQLNonTransientConnectionException
                    || oorzaak instanceof SQLRecoverableException || verbindingVerloren(oorzaak)) {
                return true;
            }
            if (oorzaak instanceof TransactionSystemException mislukt
                    && (mislukt.getCause() instanceof SQLException || isOorzaakVan(mislukt.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down or starting). */
    private static boolean verbindingVerloren(Throwable oorzaak) {
        String toestand = oorzaak instanceof SQLException sql ? sql.getSQLState() : null;
        return toestand != null && (toestand.startsWith("08") || toestand.startsWith("57P"));
    }
}
