package nl.nazorg.security;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One JSON body in every encoding a JSON reader may accept: UTF-8, UTF-16 and UTF-32, each with and without BOM. */
final class Lichamen {

    record Lichaam(String soort, byte[] bytes, String contentType) {
    }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private Lichamen() {
    }

    static List<Lichaam> van(String json) {
        List<Lichaam> lichamen = new ArrayList<>();
        lichamen.add(new Lichaam("utf8", json.getBytes(StandardCharsets.UTF_8), "application/json"));
        lichamen.add(new Lichaam("utf8-bom", metBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json, StandardCharsets.UTF_8),
                "application/json"));
        for (Charset tekenset : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, UTF_32BE, UTF_32LE)) {
            String naam = tekenset.name().toLowerCase();
            lichamen.add(new Lichaam(naam, json.getBytes(tekenset), "application/json"));
            lichamen.add(new Lichaam(naam, json.getBytes(tekenset), "application/json; charset=" + tekenset.name()));
            lichamen.add(new Lichaam(naam + "-bom", metBom(bom(tekenset), json, tekenset), "application/json"));
        }
        return lichamen;
    }

    private static byte[] bom(Charset tekenset) {
        return "\uFEFF".getBytes(tekenset);
    }

    private static byte[] metBom(byte[] bom, String json, Charset tekenset) {
        byte[] inhoud = json.getBytes(tekenset);
        return ByteBuffer.allocate(bom.length + inhoud.length).put(bom).put(inhoud).array();
    }
}
