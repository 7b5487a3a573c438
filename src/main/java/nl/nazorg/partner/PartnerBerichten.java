package nl.nazorg.partner;

/** Outbound port: everything the application sends to a partner goes through here. */
public interface PartnerBerichten {

    void verstuur(Bericht bericht);
}
