package nl.nazorg.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A user tried to set what only the product sets, or to store what the product never stores. An authorization failure, because that is what it is and because
 * every route of Camunda's REST API (engine and webapps) answers it as 403 with this message; other engine exceptions
 * become a 500 on some of them.
 */
class InvoerGeweigerd extends AuthorizationException {

    InvoerGeweigerd(String melding) {
        super(melding);
    }
}
