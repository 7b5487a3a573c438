package nl.nazorg.partner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
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
        lettertype = leesLettertype();
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
