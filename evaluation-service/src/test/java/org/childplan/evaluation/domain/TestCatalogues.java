package org.childplan.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.childplan.evaluation.domain.progress.TargetType;

/** A small catalogue for unit tests: mortality in ‰, a coverage in %, a count, and a qualitative goal. */
public final class TestCatalogues {

    private TestCatalogues() {
    }

    public static CatalogueSnapshot small() {
        var plan = new CatalogueSnapshot.PlanInfo("TEST-PLAN", "测试规划", "Test plan", "999999", "测试县", "Test County",
                2021, 2025, 2020);
        var indicators = List.of(
                new CatalogueSnapshot.IndicatorInfo("HEALTH-3c", "HEALTH", 3, null, "5岁以下儿童死亡率", "Under-5 mortality rate",
                        "PER_MILLE", TargetType.AT_MOST, new BigDecimal("6.0"), 2025, null, null,
                        Set.of("SEX", "RESIDENCE", "AREA"), "ANNUAL", 1),
                new CatalogueSnapshot.IndicatorInfo("HEALTH-2a", "HEALTH", 2, null, "3岁以下儿童系统管理率", "Systematic management rate",
                        "PERCENT", TargetType.AT_LEAST, new BigDecimal("90"), 2025, null, null, Set.of("RESIDENCE"), "ANNUAL", 1),
                new CatalogueSnapshot.IndicatorInfo("HEALTH-M3a", "HEALTH", null, 3, "危重新生儿救治中心数", "Critical newborn care centres",
                        "COUNT", TargetType.AT_LEAST, new BigDecimal("1"), 2025, null, null, Set.of(), "ANNUAL", 1),
                new CatalogueSnapshot.IndicatorInfo("LAW-1a", "LAW", 1, null, "落实保护儿童的法规政策", null,
                        null, TargetType.QUALITATIVE, null, null, null, null, Set.of(), "AT_EVALUATION", 1));
        var units = List.of(
                new CatalogueSnapshot.UnitInfo("PERCENT", "%", BigDecimal.ZERO, new BigDecimal("100"), false, new BigDecimal("100"),
                        1, "%", "个百分点"),
                new CatalogueSnapshot.UnitInfo("PER_MILLE", "‰", BigDecimal.ZERO, null, false, new BigDecimal("1000"), 1, "‰", "个千分点"),
                new CatalogueSnapshot.UnitInfo("COUNT", "个", BigDecimal.ZERO, null, true, null, 0, "个", "个"));
        var dimensions = List.of(
                new CatalogueSnapshot.DimensionInfo("SEX", List.of("MALE", "FEMALE")),
                new CatalogueSnapshot.DimensionInfo("RESIDENCE", List.of("URBAN", "RURAL")),
                new CatalogueSnapshot.DimensionInfo("AGE_GROUP", List.of("Y0T2", "Y3T5", "Y6T11", "Y12T14", "Y15T17")),
                new CatalogueSnapshot.DimensionInfo("AREA", List.of()));
        return new CatalogueSnapshot(plan, LocalDate.of(2023, 12, 31),
                List.of(new CatalogueSnapshot.DomainInfo("HEALTH", 1, "儿童与健康", "Children and Health"),
                        new CatalogueSnapshot.DomainInfo("LAW", 7, "儿童与法律保护", "Children and Legal Protection")),
                List.of(), indicators,
                List.of(new CatalogueSnapshot.AreaInfo("999999", "测试县", "Test County", "JURISDICTION"),
                        new CatalogueSnapshot.AreaInfo("999999-01", "一镇", "Town One", "TOWNSHIP")),
                units, dimensions);
    }
}
