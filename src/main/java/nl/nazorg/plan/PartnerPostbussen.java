package nl.nazorg.plan;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.nazorg.identity.Partner;
import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.partner.RegionalePartners;
import org.springframework.stereotype.Component;

/**
 * The mailboxes of involved partners for one case: the ZVH, levensloopcasemanager and zorginstelling of its region,
 * reclassering, and the given gemeente when it has a mailbox (a gemeente without one is skipped: the ZVH of its
 * region forwards).
 */
@Component
public class PartnerPostbussen {

    private final PartnerAdressen adressen;
    private final RegionalePartners regionaal;

    public PartnerPostbussen(PartnerAdressen adressen, RegionalePartners regionaal) {
        this.adressen = adressen;
        this.regionaal = regionaal;
    }

    public Set<String> van(Collection<Partner> partners, String zvhRegio, String gemeenteCode) {
        Set<String> postbussen = new LinkedHashSet<>();
        for (Partner partner : partners) {
            switch (partner) {
                case GEMEENTE -> adressen.gemeenteMailbox(gemeenteCode).ifPresent(postbussen::add);
                case ZVH -> postbussen.add(adressen.regioMailbox(zvhRegio));
                case RECLASSERING -> postbussen.add(adressen.reclasseringMailbox());
                case LEVENSLOOPCASEMANAGER -> postbussen.add(regionaal.levensloopcasemanagerMailbox(zvhRegio));
                case ZORGINSTELLING -> postbussen.add(regionaal.zorginstellingMailbox(zvhRegio));
            }
        }
        return postbussen;
    }
}
