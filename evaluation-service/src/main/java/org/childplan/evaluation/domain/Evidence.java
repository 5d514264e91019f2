package org.childplan.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Evidence behind a self-assessment: a reference (a document number, a URL) and, for an attached file, its
 * metadata; the file itself lives in the government's document system.
 */
public record Evidence(String titleZh, @Schema(nullable = true) String reference,
                       @Schema(nullable = true) String fileName, @Schema(nullable = true) String mediaType,
                       @Schema(nullable = true) Long sizeBytes, @Schema(nullable = true) String sha256) {
}
