package org.childplan.evaluation.domain;

/**
 * Evidence behind a self-assessment: a reference (a document number, a URL) and, for an attached file, its
 * metadata; the file itself lives in the government's document system.
 */
public record Evidence(String titleZh, String reference, String fileName, String mediaType, Long sizeBytes, String sha256) {
}
