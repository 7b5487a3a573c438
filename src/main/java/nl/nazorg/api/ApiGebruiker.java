package nl.nazorg.api;

import java.util.List;

import nl.nazorg.identity.Groepsindeling;

/** Who calls /api/v1: a person with their own login or another system's account, with their groups. */
public record ApiGebruiker(String id, List<String> groepen) {

    public static final String ATTRIBUUT = "nl.nazorg.api.ApiGebruiker";

    public boolean isSysteem() {
        return groepen.contains(Groepsindeling.SYSTEEM_KOPPELING);
    }

    public boolean isBeheerder() {
        return groepen.contains(Groepsindeling.BEHEERDER) || groepen.contains("camunda-admin");
    }

    public boolean zietAlleCasussen() {
        return isSysteem() || isBeheerder() || groepen.contains(Groepsindeling.KETENMANAGER);
    }

    /** Reporting the chain's events (meldingen, uitstroom, overplaatsing) is for the feeding systems and beheer. */
    public void moetMeldenMogen() {
        if (!isSysteem() && !isBeheerder()) {
            throw new ApiFout.GeenToegang("Alleen systeemkoppelingen en beheerders mogen gebeurtenissen melden");
        }
    }
}
