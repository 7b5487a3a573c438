package nl.nazorg;

import java.util.Optional;

import nl.nazorg.zvh.ZvhRegister;

/** The built-in register, unless a test switches on a failure of the remote system. */
public class StorendZvhRegister implements ZvhRegister {

    private final ZvhRegister echt;
    private volatile boolean storing;

    public StorendZvhRegister(ZvhRegister echt) {
        this.echt = echt;
    }

    public void storing(boolean aan) {
        this.storing = aan;
    }

    @Override
    public Optional<ZvhPersoon> zoekPersoon(String bsn) {
        if (storing) {
            throw new IllegalStateException("GCOS antwoordt niet (storing in test)");
        }
        return echt.zoekPersoon(bsn);
    }

    @Override
    public void registreerCasus(String detentieId, String zvhRegio) {
        echt.registreerCasus(detentieId, zvhRegio);
    }

    @Override
    public void sluitCasus(String detentieId) {
        echt.sluitCasus(detentieId);
    }
}
