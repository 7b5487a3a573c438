package nl.nazorg.beeldvorming;

/** Port to Injus, the justice chain's message exchange (nowadays the Berichtenbox Re-integratie). */
public interface Injus {

    void deelInformatieblad(Informatieblad informatieblad);

    record Informatieblad(String sleutel, String detentieId, String zvhRegio, String inhoud) {
    }
}
