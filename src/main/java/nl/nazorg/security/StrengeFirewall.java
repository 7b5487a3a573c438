package nl.nazorg.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} (no path parameters, no encoded or doubled slashes, no dot segments or
 * encoded dots, no encoded percent signs, backslashes or control characters) and stricter still, because every rule
 * behind it reads a path and must read the one the servlet will serve:
 * <ul>
 * <li>no percent-encoded letter, digit, {@code -}, {@code _} or {@code ~} in the path: RFC 3986 calls such a path
 * not normalized, and it only serves to make two spellings of one address;</li>
 * <li>a query string whose percent-encodings are incomplete or not UTF-8 is refused, instead of reaching a
 * resource that fails on it with a 500.</li>
 * </ul>
 */
final class StrengeFirewall implements HttpFirewall {

    private final StrictHttpFirewall streng = new StrictHttpFirewall();

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        String pad = request.getRequestURI();
        if (pad != null && bevatOverbodigeCodering(pad)) {
            throw new RequestRejectedException("Het pad bevat een overbodig gecodeerd teken");
        }
        String zoekvraag = request.getQueryString();
        if (zoekvraag != null && !isGeldigGecodeerd(zoekvraag)) {
            throw new RequestRejectedException("De zoekvraag bevat een ongeldige codering");
        }
        return streng.getFirewalledRequest(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return streng.getFirewalledResponse(response);
    }

    static boolean bevatOverbodigeCodering(String pad) {
        for (int i = pad.indexOf('%'); i >= 0; i = pad.indexOf('%', i + 1)) {
            if (i + 2 >= pad.length() || !isHex(pad.charAt(i + 1)) || !isHex(pad.charAt(i + 2))) {
                return true;
            }
            char teken = (char) HexFormat.fromHexDigits(pad, i + 1, i + 3);
            if (Character.isLetterOrDigit(teken) && teken < 0x80 || teken == '-' || teken == '_' || teken == '~') {
                return true;
            }
        }
        return false;
    }

    /** Every {@code %} starts two hex digits, and the bytes they spell are UTF-8 ({@code +} is a space, fine). */
    static boolean isGeldigGecodeerd(String zoekvraag) {
        ByteBuffer bytes = ByteBuffer.allocate(zoekvraag.length() * 3);
        for (int i = 0; i < zoekvraag.length(); i++) {
            char teken = zoekvraag.charAt(i);
            if (teken == '%') {
                if (i + 2 >= zoekvraag.length() || !isHex(zoekvraag.charAt(i + 1)) || !isHex(zoekvraag.charAt(i + 2))) {
                    return false;
                }
                bytes.put((byte) HexFormat.fromHexDigits(zoekvraag, i + 1, i + 3));
                i += 2;
            } else {
                bytes.put(String.valueOf(teken).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isHex(char teken) {
        return Character.digit(teken, 16) >= 0;
    }
}
