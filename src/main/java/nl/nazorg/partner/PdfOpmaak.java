package nl.nazorg.partner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document for partners: a Thymeleaf template from {@code templates/} (well-formed XHTML, XML mode, so
 * every value is escaped) is filled in and laid out as an accessible PDF (PDF/UA) by openhtmltopdf.
 * <p>
 * The text font is Liberation Sans, the TrueType font PDFBox ships, embedded in each PDF so that every name
 * (ş, ł, ı, ...) prints as typed; bold is drawn by openhtmltopdf from the same font. The renderer fetches nothing
 * from outside: no images, style sheets or fonts by URL.
 */
@Component
public class PdfOpmaak {

    static final String LETTERTYPE = "Liberation Sans";
    private static final String LETTERTYPE_BRON = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    static {
        XRLog.setLoggerImpl(new OpenhtmltopdfLog());
    }

    private final TemplateEngine sjablonen;
    private final byte[] lettertype;

    public PdfOpmaak() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfOpmaak.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        sjablonen = new TemplateEngine();
        sjablonen.setTemplateResolver(resolver);
        lettertype = zonderGlyfvervanging(leesLettertype());
    }

    /** The filled-in template as XHTML. */
    String xhtml(String sjabloon, Map<String, Object> variabelen) {
        return sjablonen.process(sjabloon, new Context(NEDERLANDS, variabelen));
    }

    /** The filled-in template as PDF. */
    public byte[] pdf(String sjabloon, Map<String, Object> variabelen) {
        String xhtml = xhtml(sjabloon, variabelen);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> new ByteArrayInputStream(lettertype), LETTERTYPE, 400, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl((uri, soort) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, soort) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("nazorg")
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF '" + sjabloon + "' kon niet worden opgemaakt", e);
        }
        return pdf.toByteArray();
    }

    /**
     * The font without its OpenType layout tables (GSUB, GPOS, GDEF) and old-style kerning: PDFBox 3 runs every word
     * through the GSUB substitutions when the font has them, which took a third of the time of a PDF, while
     * openhtmltopdf lays out Latin text without them. Every glyph and its metrics stay (fontbox's TTFSubsetter with
     * all code points of the font).
     */
    private static byte[] zonderGlyfvervanging(byte[] bron) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bron))) {
            TTFSubsetter zonder = new TTFSubsetter(font, List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post",
                    "hmtx", "loca", "glyf", "cvt ", "fpgm", "prep", "gasp"));
            CmapLookup tekens = font.getUnicodeCmapLookup();
            Set<Integer> alle = new TreeSet<>();
            for (int teken = 0; teken < 0x30000; teken++) { // the planes a TrueType cmap of this font covers
                if (tekens.getGlyphId(teken) > 0) {
                    alle.add(teken);
                }
            }
            zonder.addAll(alle);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            zonder.writeToStream(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype " + LETTERTYPE_BRON + " is niet te bewerken", e);
        }
    }

    private static byte[] leesLettertype() {
        try (InputStream in = PdfOpmaak.class.getClassLoader().getResourceAsStream(LETTERTYPE_BRON)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype " + LETTERTYPE_BRON + " ontbreekt op het classpath (PDFBox)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype " + LETTERTYPE_BRON + " is niet te lezen", e);
        }
    }
}
