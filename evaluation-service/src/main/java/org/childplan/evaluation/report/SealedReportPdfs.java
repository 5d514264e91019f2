package org.childplan.evaluation.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PDFs of sealed reports, kept by report checksum. A sealed report never changes, while rendering one costs
 * seconds of CPU (about 5 s for the 28-page mid-term report on two cores) and a published report can be downloaded
 * by anyone, as often as they like. Drafts are always rendered afresh.
 */
@ApplicationScoped
public class SealedReportPdfs {

    // a plan has a few sealed versions at a time, each PDF well under a few MB
    private static final int KEPT = 16;

    private final PdfRenderer renderer;
    private final Map<String, byte[]> byChecksum = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    public SealedReportPdfs(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** The PDF of the sealed report with this checksum, rendered from {@code xhtml} the first time it is asked for. */
    public byte[] pdf(String reportChecksum, String xhtml, OffsetDateTime sealedAt) {
        synchronized (byChecksum) {
            byte[] kept = byChecksum.get(reportChecksum);
            if (kept != null) {
                return kept;
            }
        }
        // rendered outside the lock: two first requests at once render twice rather than queue behind each other
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(xhtml, sealedAt, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] pdf = out.toByteArray();
        synchronized (byChecksum) {
            byChecksum.put(reportChecksum, pdf);
        }
        return pdf;
    }
}
