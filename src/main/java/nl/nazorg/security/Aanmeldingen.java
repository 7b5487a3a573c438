package nl.nazorg.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password logins of /api/v1 and /engine-rest (HTTP Basic, through {@link WachtwoordControle}) against Camunda's identity: the password check, the user's groups and
 * tenants. Camunda does that for every request (three queries, each in a transaction of its own); a system or person
 * sending many requests in a row is therefore remembered for {@code nazorg.beveiliging.aanmelding-onthouden}
 * (default one minute; {@code PT0S} turns it off).
 * <p>
 * Only successful logins are remembered, so a wrong password is always checked by Camunda (and counts towards its
 * lock-out). Remembered is a keyed hash (HMAC-SHA-256 with a random key of this process) of name and password, never
 * the password. The price: a changed password, a locked or removed user or a changed group membership takes effect
 * for the REST APIs at most that long after the change (the webapps log in per session and are not affected).
 */
@Component
public class Aanmeldingen {

    private static final int MAX_ONTHOUDEN = 10_000;

    private final IdentityService identiteit;
    private final Cache<String, Aanmelding> onthouden;
    private final SecretKeySpec sleutel;

    public Aanmeldingen(IdentityService identiteit,
                        @Value("${nazorg.beveiliging.aanmelding-onthouden:PT1M}") Duration onthoudtijd) {
        this.identiteit = identiteit;
        this.onthouden = onthoudtijd.isZero() || onthoudtijd.isNegative() ? null
                : Caffeine.newBuilder().expireAfterWrite(onthoudtijd).maximumSize(MAX_ONTHOUDEN).build();
        byte[] willekeurig = new byte[32];
        new SecureRandom().nextBytes(willekeurig);
        this.sleutel = new SecretKeySpec(willekeurig, "HmacSHA256");
    }

    /** The user with their groups and tenants when the password is right; empty otherwise. */
    Optional<Aanmelding> controleer(String gebruiker, String wachtwoord) {
        if (onthouden == null) {
            return uitCamunda(gebruiker, wachtwoord);
        }
        String kenmerk = kenmerk(gebruiker, wachtwoord);
        Aanmelding bekend = onthouden.getIfPresent(kenmerk);
        if (bekend != null) {
            return Optional.of(bekend);
        }
        Optional<Aanmelding> aanmelding = uitCamunda(gebruiker, wachtwoord);
        aanmelding.ifPresent(gelukt -> onthouden.put(kenmerk, gelukt));
        return aanmelding;
    }

    private Optional<Aanmelding> uitCamunda(String gebruiker, String wachtwoord) {
        if (!identiteit.checkPassword(gebruiker, wachtwoord)) {
            return Optional.empty();
        }
        return Optional.of(zonderWachtwoord(gebruiker));
    }

    /** A user whose credential was checked elsewhere (the koppeling's token), with the groups and tenants Camunda has. */
    Aanmelding zonderWachtwoord(String gebruiker) {
        List<String> groepen = identiteit.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).toList();
        List<String> tenants = identiteit.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Aanmelding(gebruiker, groepen, tenants);
    }

    private String kenmerk(String gebruiker, String wachtwoord) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            mac.update(gebruiker.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(wachtwoord.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 ontbreekt in deze JVM", e);
        }
    }

    /** A successful login. */
    public record Aanmelding(String gebruiker, List<String> groepen, List<String> tenants) {
    }
}
