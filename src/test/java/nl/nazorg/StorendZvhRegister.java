package nl.nazorg;

import java.util.Optional;

import nl.nazorg.zvh.ZvhRegister;

/**
 * The built-in register, unless a test switches on a failure of the remote system or routes the calls to
 * another implementation (the HTTP adapter against a local test server).
 */
public class StorendZvhRegister implements ZvhRegister {

    private final ZvhRegister ingebouwd;
    private volatile ZvhRegister actief;
    private volatile boolean storing;

    public StorendZvhRegister(ZvhRegister ingebouwd) {
        this.ingebouwd = ingebouwd;
        this.actief = ingebouwd;
    }

    public void storing(boolean aan) {
        this.storing = aan;
    }

    public void gebruik(ZvhRegister register) {
        this.actief = register;
    }

    public void herstel() {
        this.storing = false;
        this.actief = ingebouwd;
    }

    @Override
    public Optional<ZvhPersoon> zoekPersoon(String bsn) {
        if (storing) {
            throw new IllegalStateException("GCOS antwoordt niet (storing in test)");
        }
        return actief.zoekPersoon(bsn);
    }

    @Override
    public void registreerCasus(String detentieId, String zvhRegio) {
        actief.registreerCasus(detentieId, zvhRegio);
    }

    @Override
    public void sluitCasus(String detentieId) {
        actief.sluitCasus(detentieId);
    }
}
