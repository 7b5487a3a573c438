package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The firewall's own additions to Spring Security's: redundant encodings in the path, broken ones in the query. */
class StrengeFirewallTest {

    @Test
    void eenGecodeerdeLetterCijferOfOnnodigTekenInHetPadIsOverbodig() {
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/engine-rest/t%61sk")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/engine-rest/%54ask")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/detenties/DET%2D1")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/%7e")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/%zz")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/%4")).isTrue();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/detenties/DET-1")).isFalse();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/camunda/app/tasklist/default/%C3%A9")).isFalse();
        assertThat(StrengeFirewall.bevatOverbodigeCodering("/api/v1/%20")).isFalse();
    }

    @Test
    void eenZoekvraagMoetGeldigGecodeerdUtf8Zijn() {
        assertThat(StrengeFirewall.isGeldigGecodeerd("assignee=cm-terpeel&x=%24%7Bx%7D")).isTrue();
        assertThat(StrengeFirewall.isGeldigGecodeerd("naam=Jos%C3%A9+Jansen")).isTrue();
        assertThat(StrengeFirewall.isGeldigGecodeerd("assignee=%zz")).isFalse();
        assertThat(StrengeFirewall.isGeldigGecodeerd("assignee=%4")).isFalse();
        assertThat(StrengeFirewall.isGeldigGecodeerd("assignee=%C0%AE")).isFalse();
        assertThat(StrengeFirewall.isGeldigGecodeerd("assignee=%FF")).isFalse();
    }
}
