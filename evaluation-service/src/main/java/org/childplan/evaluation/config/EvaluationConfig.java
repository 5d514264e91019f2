package org.childplan.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "childplan.evaluation")
public interface EvaluationConfig {

    /** The time zone of the plan's government: it decides which day a due date ends and what "today" is. */
    @WithDefault("Asia/Shanghai")
    String zone();

    /** How close to its target an APPROX (…左右) indicator must be to count as achieved, in its unit. */
    @WithDefault("1.0")
    BigDecimal approxTolerance();

    /** A latest year-on-year relative change above this raises a VOLATILE warning (0.15 = 15%). */
    @WithDefault("0.15")
    double volatilityThreshold();

    /** A modified z-score of the latest change above this raises a VOLATILE warning. */
    @WithDefault("3.5")
    double modifiedZThreshold();

    /** The Retry-After a caller is given when a peer service is unavailable; about the circuit breaker's delay. */
    @WithDefault("10s")
    java.time.Duration peerRetryAfter();

    /**
     * The CJK font embedded in PDF reports: a TrueType collection with the face below (Debian package
     * fonts-wqy-microhei), so that Chinese renders and can be extracted as text.
     */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String pdfFont();

    /** The face of the collection to embed. */
    @WithDefault("WenQuanYiMicroHei")
    String pdfFontFace();

    /** Gap changes smaller than this (in the indicator's unit) count as stable. */
    @WithDefault("0.1")
    BigDecimal equityEpsilon();

    /** The governance body (agency-service code) that issues the mid-term and final reports: the evaluation group. */
    @WithDefault("evaluation-group")
    String evaluationReportIssuer();

    /** The governance body that issues the annual monitoring report: the monitoring group, led by the statistics bureau. */
    @WithDefault("monitoring-group")
    String annualReportIssuer();
}
