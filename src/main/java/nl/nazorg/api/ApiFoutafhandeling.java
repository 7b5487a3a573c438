package nl.nazorg.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import nl.nazorg.casus.CasusAfgeslotenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of /api/v1 as application/problem+json in Dutch, with invalidParams per wrong field. No stack
 * trace and no input value ever reaches the caller or the log.
 */
@RestControllerAdvice(basePackages = "nl.nazorg")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiFoutafhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFoutafhandeling.class);

    @ExceptionHandler(ApiFout.OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldig(ApiFout.OngeldigeInvoer fout) {
        return ongeldig(fout.velden());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> ongeldig(MethodArgumentNotValidException fout) {
        return ongeldig(fout.getBindingResult().getFieldErrors().stream()
                .map(v -> new ApiFout.OngeldigVeld(v.getField(), v.getDefaultMessage()))
                .toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar(HttpMessageNotReadableException fout) {
        Throwable oorzaak = fout.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException onbekend) {
            return ongeldig(List.of(new ApiFout.OngeldigVeld(onbekend.getPropertyName(), "is geen veld van dit bericht")));
        }
        if (oorzaak instanceof JsonParseException dubbel && dubbel.getOriginalMessage().startsWith("Duplicate field")
                && dubbel.getProcessor() != null) {
            String veld = dubbel.getProcessor().getParsingContext().getCurrentName();
            return ongeldig(List.of(new ApiFout.OngeldigVeld(veld, "staat er meer dan één keer in")));
        }
        if (oorzaak instanceof InvalidFormatException formaat && !formaat.getPath().isEmpty()) {
            return ongeldig(List.of(new ApiFout.OngeldigVeld(pad(formaat), formaatReden(formaat))));
        }
        if (oorzaak instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String reden = mapping.getCause() instanceof JsonProcessingException ? "is geen geldige JSON" : "heeft niet het juiste type";
            return ongeldig(List.of(new ApiFout.OngeldigVeld(pad(mapping), reden)));
        }
        String reden = oorzaak instanceof JsonProcessingException ? "is geen geldige JSON" : "ontbreekt of is niet leesbaar";
        return ongeldig(List.of(new ApiFout.OngeldigVeld("body", reden)));
    }

    /** A path or query parameter that does not convert, such as a documentId that is no number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(MethodArgumentTypeMismatchException fout) {
        Class<?> doel = fout.getRequiredType();
        boolean getal = doel == long.class || doel == Long.class || doel == int.class || doel == Integer.class;
        return ongeldig(List.of(new ApiFout.OngeldigVeld(fout.getName(), getal ? "is geen geheel getal" : "heeft niet het juiste formaat")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> geenJson(HttpMediaTypeNotSupportedException fout) {
        return ongeldig(List.of(new ApiFout.OngeldigVeld("Content-Type", "moet application/json zijn")));
    }

    @ExceptionHandler(ApiFout.NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(ApiFout.NietGevonden fout) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", fout.getMessage());
    }

    @ExceptionHandler({ApiFout.Conflict.class, CasusAfgeslotenException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException fout) {
        return probleem(HttpStatus.CONFLICT, "Conflict met de toestand van de casus", fout.getMessage());
    }

    @ExceptionHandler(ApiFout.GeenToegang.class)
    ResponseEntity<ProblemDetail> geenToegang(ApiFout.GeenToegang fout) {
        return probleem(HttpStatus.FORBIDDEN, "Geen toegang", fout.getMessage());
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseWeg(Exception fout) {
        LOG.warn("Database niet bereikbaar: {}", fout.getClass().getSimpleName());
        ResponseEntity<ProblemDetail> antwoord = probleem(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                DatabaseStoring.DETAIL);
        return ResponseEntity.status(antwoord.getStatusCode()).headers(antwoord.getHeaders())
                .header("Retry-After", DatabaseStoring.PROBEER_OPNIEUW_NA_SECONDEN).body(antwoord.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        if (DatabaseStoring.isOorzaakVan(fout)) {
            return databaseWeg(fout);
        }
        LOG.error("Onverwachte fout in /api/v1 ({})", fout.getClass().getName(), fout);
        return probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout", "Er ging iets mis; de beheerder kan het in het log terugvinden.");
    }

    static ResponseEntity<ProblemDetail> ongeldig(List<ApiFout.OngeldigVeld> velden) {
        ResponseEntity<ProblemDetail> antwoord = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "Een of meer velden zijn niet goed; zie invalidParams.");
        antwoord.getBody().setProperty("invalidParams", velden);
        return antwoord;
    }

    static ResponseEntity<ProblemDetail> probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(status, detail);
        probleem.setTitle(titel);
        probleem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleem);
    }

    private static String pad(JsonMappingException fout) {
        StringBuilder pad = new StringBuilder();
        for (JsonMappingException.Reference stap : fout.getPath()) {
            if (stap.getFieldName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(stap.getFieldName());
            } else {
                pad.append('[').append(stap.getIndex()).append(']');
            }
        }
        return pad.toString();
    }

    private static String formaatReden(InvalidFormatException fout) {
        Class<?> doel = fout.getTargetType();
        if (doel != null && doel.getName().startsWith("java.time")) {
            return "is geen geldige datum (JJJJ-MM-DD)";
        }
        if (doel == Boolean.class || doel == boolean.class) {
            return "moet true of false zijn";
        }
        return "heeft niet het juiste formaat";
    }
}
