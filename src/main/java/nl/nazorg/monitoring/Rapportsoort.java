package nl.nazorg.monitoring;

/** One of the memo's reports. */
interface Rapportsoort {

    String naam();

    Rapport maak(Periode periode, Bereik bereik);
}
