package nl.nazorg.zvh;

/** Port to the gemeente's teams (uitkering, WMO, wijkteam): is the person known there? */
public interface GemeenteTeams {

    boolean isBekend(String bsn, String gemeenteCode);
}
