package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import nl.nazorg.security.Aanmeldingen.Aanmelding;
import nl.nazorg.security.OidcInstellingen.Groepsvertaling;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

/** Who a token's claims are: the user claim, the translated groups, the koppeling's clients. */
class OidcGebruikersTest {

    private final Aanmeldingen aanmeldingen = mock(Aanmeldingen.class);
    private final OidcGebruikers gebruikers = new OidcGebruikers(new OidcInstellingen("https://sso.example", "nazorg", "",
            "", "preferred_username", "groups", List.of(
                    new Groepsvertaling("/PI Ter Peel/casemanagers", "casemanager-ter-peel"),
                    new Groepsvertaling("/nazorg beheer", "beheerder"),
                    new Groepsvertaling("/nazorg beheer", "camunda-admin")),
            List.of("ketenkoppeling")), "koppeling", aanmeldingen);

    @Test
    void groepenWordenVertaaldEnOnbekendeVallenWeg() {
        Aanmelding aanmelding = gebruikers.van(Map.of("sub", "123", "preferred_username", "t.vanpeel",
                "groups", List.of("/PI Ter Peel/casemanagers", "casemanager-sittard", "/nazorg beheer")));
        assertThat(aanmelding.gebruiker()).isEqualTo("t.vanpeel");
        assertThat(aanmelding.groepen()).containsExactly("casemanager-ter-peel", "beheerder", "camunda-admin");
        assertThat(aanmelding.tenants()).isEmpty();
    }

    @Test
    void eenEnkeleGroepAlsTekstEnGeenGroepenClaim() {
        assertThat(gebruikers.van(Map.of("preferred_username", "a", "groups", "/nazorg beheer")).groepen())
                .containsExactly("beheerder", "camunda-admin");
        assertThat(gebruikers.van(Map.of("preferred_username", "a")).groepen()).isEmpty();
    }

    @Test
    void zonderBruikbareGebruikersnaamGeenAanmelding() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of("sub", "123"), Map.of("preferred_username", " "),
                Map.of("preferred_username", "a\nb"), Map.of("preferred_username", List.of("a")))) {
            assertThatThrownBy(() -> gebruikers.van(claims)).isInstanceOf(BadCredentialsException.class)
                    .hasMessageContaining("preferred_username");
        }
    }

    @Test
    void eenTokenVanEenKoppelingsclientIsHetSysteemaccount() {
        Aanmelding koppeling = new Aanmelding("koppeling", List.of("systeem-koppeling"), List.of());
        when(aanmeldingen.zonderWachtwoord("koppeling")).thenReturn(koppeling);
        assertThat(gebruikers.van(Map.of("sub", "ketenkoppeling"))).isEqualTo(koppeling);
        assertThat(gebruikers.van(Map.of("sub", "9f1c", "azp", "ketenkoppeling", "preferred_username", "service-account-ketenkoppeling")))
                .isEqualTo(koppeling);
        assertThat(gebruikers.van(Map.of("sub", "9f1c", "client_id", "ketenkoppeling"))).isEqualTo(koppeling);
        assertThat(gebruikers.van(Map.of("sub", "9f1c", "azp", "nazorg", "preferred_username", "ketenkoppeling-niet")).gebruiker())
                .isEqualTo("ketenkoppeling-niet");
    }
}
