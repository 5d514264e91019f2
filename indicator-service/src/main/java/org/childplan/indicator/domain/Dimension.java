package org.childplan.indicator.domain;

import java.util.List;

/**
 * The dimensions an indicator can be disaggregated by. AREA takes its values from the plan's reporting areas;
 * the others have fixed values.
 */
public enum Dimension {
    SEX("性别", "Sex", List.of(
            new DimensionValue("MALE", "男", "Male"),
            new DimensionValue("FEMALE", "女", "Female"))),
    RESIDENCE("城乡", "Urban/rural residence", List.of(
            new DimensionValue("URBAN", "城镇", "Urban"),
            new DimensionValue("RURAL", "农村", "Rural"))),
    AGE_GROUP("年龄组", "Age group", List.of(
            new DimensionValue("Y0T2", "0—2岁", "0–2 years"),
            new DimensionValue("Y3T5", "3—5岁", "3–5 years"),
            new DimensionValue("Y6T11", "6—11岁", "6–11 years"),
            new DimensionValue("Y12T14", "12—14岁", "12–14 years"),
            new DimensionValue("Y15T17", "15—17岁", "15–17 years"))),
    AREA("地区", "Area", List.of());

    private final String nameZh;
    private final String nameEn;
    private final List<DimensionValue> allowedValues;

    Dimension(String nameZh, String nameEn, List<DimensionValue> values) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.allowedValues = values;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The fixed values; empty for AREA, whose values are the plan's reporting areas. */
    public List<DimensionValue> allowedValues() {
        return allowedValues;
    }

    public record DimensionValue(String code, String nameZh, String nameEn) {
    }
}
