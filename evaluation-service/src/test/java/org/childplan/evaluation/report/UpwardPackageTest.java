package org.childplan.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class UpwardPackageTest {

    private static final UpwardPackage.About ABOUT = new UpwardPackage.About("P", "常宁市儿童发展规划（2021—2025年）", 2023,
            "监测组", OffsetDateTime.of(2024, 4, 1, 1, 2, 3, 0, ZoneOffset.UTC));
    private static final List<UpwardPackage.Entry> ENTRIES = List.of(
            new UpwardPackage.Entry("a.pdf", "application/pdf", "报告", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
            new UpwardPackage.Entry("b.csv", "text/csv", "数据", "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8)));

    @Test
    void listsEveryFileWithItsSizeAndDigestInTheManifestAndInSha256sumsForm() throws IOException {
        Map<String, String> files = unzip(bytes());
        assertThat(files).containsOnlyKeys("a.pdf", "b.csv", "manifest.json", "SHA256SUMS");
        // sha256sum -c reads "<digest>  <name>"; the digest of "x,y\n1,2\n" is fixed
        String csvDigest = UpwardPackage.sha256("x,y\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(files.get("SHA256SUMS")).hasLineCount(2).contains(csvDigest + "  b.csv\n");
        assertThat(files.get("manifest.json")).contains("\"name\":\"b.csv\"", "\"bytes\":8", "\"sha256\":\"" + csvDigest + "\"",
                "\"year\":2023", "\"generatedAt\":\"2024-04-01T01:02:03.000Z\"");
    }

    @Test
    void givesTheSameBytesForTheSameFilesAndTime() throws IOException {
        assertThat(bytes()).isEqualTo(bytes());
    }

    private static byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UpwardPackage.write(ABOUT, ENTRIES, out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
