package nl.nazorg.zvh;

import nl.nazorg.system.Opstartstap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the built-in ZVH register from a CSV file (header {@code bsn;procesregisseur;regio}) when
 * {@code nazorg.zvh-register.csv} names one. Importing the same file again leaves the same register. Only with the
 * built-in register: with {@code nazorg.koppelingen.gcos.modus: http} GCOS holds the register and the CSV is ignored.
 */
@Component
@Order(60)
@ConditionalOnProperty(prefix = "nazorg.koppelingen.gcos", name = "modus", havingValue = "ingebouwd", matchIfMissing = true)
public class ZvhRegisterCsvImport implements Opstartstap {

    private static final Logger LOG = LoggerFactory.getLogger(ZvhRegisterCsvImport.class);

    private final IngebouwdZvhRegister register;
    private final ResourceLoader resources;
    private final String locatie;

    public ZvhRegisterCsvImport(IngebouwdZvhRegister register, ResourceLoader resources,
                                @Value("${nazorg.zvh-register.csv:}") String locatie) {
        this.register = register;
        this.resources = resources;
        this.locatie = locatie;
    }

    /** At every start, through nl.nazorg.system.Opstart. */
    @Transactional
    @Override
    public void richtIn() {
        if (locatie == null || locatie.isBlank()) {
            return;
        }
        int aantal = importeer(resources.getResource(locatie));
        LOG.info("ZVH-register: {} personen ingelezen uit {}", aantal, locatie);
    }

    public int importeer(Resource csv) {
        try (BufferedReader lezer = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
            int aantal = 0;
            String regel = lezer.readLine();
            int regelnummer = 1;
            while ((regel = lezer.readLine()) != null) {
                regelnummer++;
                if (regel.isBlank()) {
                    continue;
                }
                String[] velden = regel.split(";", -1);
                if (velden.length != 3 || !velden[0].trim().matches("\\d{9}")) {
                    throw new IllegalArgumentException("ZVH-register CSV: regel " + regelnummer + " heeft niet de vorm bsn;procesregisseur;regio");
                }
                register.legPersoonVast(velden[0].trim(), leegIsNull(velden[1]), leegIsNull(velden[2]));
                aantal++;
            }
            return aantal;
        } catch (IOException e) {
            throw new UncheckedIOException("ZVH-register CSV niet leesbaar: " + csv.getDescription(), e);
        }
    }

    private static String leegIsNull(String waarde) {
        return waarde.isBlank() ? null : waarde.trim();
    }
}
