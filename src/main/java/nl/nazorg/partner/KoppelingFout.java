package nl.nazorg.partner;

/**
 * Another system did not do what was asked: no connection, no answer in time, a 5xx, or an answer its contract does
 * not allow. Thrown from a port's HTTP adapter inside an async service task, so Camunda retries the job and, when the
 * retries are used up, shows the message as an incident in Cockpit.
 * <p>
 * The message names the system, the action and the HTTP status (or what went wrong on the connection); it never holds
 * a bsn or a body, sent or received, because Camunda stores it with the job and the incident.
 */
public class KoppelingFout extends RuntimeException {

    private final String systeem;
    private final Integer status;

    KoppelingFout(String systeem, Integer status, String bericht, Throwable oorzaak) {
        super(bericht, oorzaak);
        this.systeem = systeem;
        this.status = status;
    }

    /** The system, as named in the message ("GCOS", "Gemeenteteams", "Injus"). */
    public String systeem() {
        return systeem;
    }

    /** The HTTP status of the answer, or null when there was none (no connection, timeout). */
    public Integer status() {
        return status;
    }
}
