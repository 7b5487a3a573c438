package nl.nazorg.zvh;

import java.util.Optional;

/** Port to the ZVH's case registration (GCOS). */
public interface ZvhRegister {

    /** The person's record in the ZVH register, if the ZVH knows them. */
    Optional<ZvhPersoon> zoekPersoon(String bsn);

    /** Registers the case for the region; registering the same case again changes nothing. */
    void registreerCasus(String detentieId, String zvhRegio);

    void sluitCasus(String detentieId);

    record ZvhPersoon(String procesregisseur) {
    }
}
