package org.childplan.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads counters from the Prometheus endpoint, as a scraper would. */
public final class Metrics {

    // a sample may end with an exemplar (" # {trace_id=...} ...") when it was counted inside a sampled trace
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\} (\\S+)( # .*)?$");

    private Metrics() {
    }

    /**
     * The sum of the samples of {@code name} whose labels include all the given pairs (label, value, label, value...);
     * 0 when there are none, as Prometheus treats a counter that has never been incremented.
     */
    public static double counter(String name, String... labelPairs) {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        Matcher sample = SAMPLE.matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).equals(name) && hasLabels(sample.group(2), labelPairs)) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    private static boolean hasLabels(String labels, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!labels.contains(pairs[i] + "=\"" + pairs[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
