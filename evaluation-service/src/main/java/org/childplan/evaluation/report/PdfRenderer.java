package org.childplan.evaluation.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.childplan.evaluation.config.EvaluationConfig;

/**
 * Turns a report's HTML into PDF with a CJK font embedded as a subset with its Unicode map, so Chinese renders
 * and can be copied or searched. One face of the collection is registered explicitly: registering the whole
 * collection makes bold pick another face, and a stream supplier silently turns every character into '#'.
 * <p>
 * Inline {@code <svg>} (the charts) is drawn by Batik as vector forms. Batik fills text as glyph outlines, which a
 * reader can not search or copy, so the charts lay their labels over the SVG as HTML (report.chart.Chart#html). The
 * font is given to Batik too, so text left inside an SVG is drawn in the page's face.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FAMILY = "CJK";

    private final File font;
    private final String face;

    public PdfRenderer(EvaluationConfig config) {
        this.font = new File(config.pdfFont());
        this.face = config.pdfFontFace();
    }

    /** Renders well-formed XHTML; {@code createdAt} fixes the document date so the same report gives the same PDF. */
    public void render(String xhtml, java.time.OffsetDateTime createdAt, OutputStream out) throws IOException {
        if (!font.isFile()) {
            throw new IllegalStateException("The PDF font " + font + " is missing; install the Debian package fonts-wqy-microhei "
                    + "or set childplan.evaluation.pdf-font");
        }
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(font)) {
            TrueTypeFont ttf = collection.getFontByName(face);
            if (ttf == null) {
                throw new IllegalStateException("The font collection " + font + " has no face " + face);
            }
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, ttf, true)), FAMILY);
            // no scripts and no fetching: an SVG in a report is our own drawing, never something to run or load from
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
            builder.useFont(font, FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
            builder.withHtmlContent(xhtml, null);
            builder.buildPdfRenderer().createPDFWithoutClosing();
            if (createdAt != null) {
                Calendar date = new GregorianCalendar(TimeZone.getTimeZone(createdAt.getOffset()));
                date.setTimeInMillis(createdAt.toInstant().toEpochMilli());
                document.getDocumentInformation().setCreationDate(date);
                document.getDocumentInformation().setModificationDate(date);
            }
            document.save(out);
        }
    }
}
