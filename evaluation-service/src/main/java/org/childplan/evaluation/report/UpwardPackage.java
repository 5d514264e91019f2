package org.childplan.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The year's results as one package for the committee one level up (市妇儿工委每年向上级妇儿工委报告规划实施情况): the
 * files, a manifest naming each with its size and SHA-256, and a SHA256SUMS file that {@code sha256sum -c} checks.
 * Pure: the same files and time give the same bytes.
 */
public final class UpwardPackage {

    public static final String MEDIA_TYPE = "application/zip";
    static final String MANIFEST = "manifest.json";
    static final String SUMS = "SHA256SUMS";

    /** One file of the package. */
    public record Entry(String name, String mediaType, String descriptionZh, byte[] content) {
    }

    /** What the manifest says about the package as a whole. */
    public record About(String planCode, String planTitleZh, int year, String issuerZh, OffsetDateTime generatedAt) {
    }

    private UpwardPackage() {
    }

    /** Writes the entries, then the manifest and the checksum list, as a zip dated {@code about.generatedAt()}. */
    public static void write(About about, List<Entry> entries, OutputStream out) throws IOException {
        long time = about.generatedAt().toInstant().toEpochMilli();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Entry entry : entries) {
            put(zip, entry.name(), entry.content(), time);
        }
        put(zip, MANIFEST, manifest(about, entries).getBytes(StandardCharsets.UTF_8), time);
        put(zip, SUMS, sums(entries).getBytes(StandardCharsets.UTF_8), time);
        zip.finish();
    }

    /** The manifest as canonical JSON: the package's plan, year, issuer and time, and every file with size and SHA-256. */
    static String manifest(About about, List<Entry> entries) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("planCode", about.planCode());
        manifest.put("planTitleZh", about.planTitleZh());
        manifest.put("year", about.year());
        manifest.put("issuerZh", about.issuerZh());
        manifest.put("generatedAt", org.childplan.platform.time.Timestamps.format(about.generatedAt()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("name", e.name());
            file.put("mediaType", e.mediaType());
            file.put("descriptionZh", e.descriptionZh());
            file.put("bytes", e.content().length);
            file.put("sha256", sha256(e.content()));
            files.add(file);
        }
        manifest.put("files", files);
        return CanonicalJson.write(manifest);
    }

    /** The lines sha256sum writes and checks: digest, two spaces, name. */
    static String sums(List<Entry> entries) {
        StringBuilder sums = new StringBuilder();
        for (Entry e : entries) {
            sums.append(sha256(e.content())).append("  ").append(e.name()).append('\n');
        }
        return sums.toString();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
