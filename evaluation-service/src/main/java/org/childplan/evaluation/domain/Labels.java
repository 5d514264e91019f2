package org.childplan.evaluation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.evaluation.domain.progress.GapTrend;
import org.childplan.evaluation.domain.progress.ProgressStatus;
import org.childplan.evaluation.domain.progress.TargetType;
import org.childplan.evaluation.domain.progress.WarningRule;
import org.childplan.evaluation.domain.progress.WarningSeverity;
import org.childplan.evaluation.domain.scorecard.Timeliness;

/**
 * The words for every enumerated value a reader sees, Chinese first: one table for the reports (HTML, PDF, XLSX) and
 * for the API's {@code …Zh} labels, so a status is called the same in the summary, the rows, the charts and the JSON.
 * LabelsTest checks that every constant of every enum the service shows has both words.
 */
public final class Labels {

    /** A value's Chinese label, and the English one that appears beside it as the secondary line. */
    public record Label(String zh, String en) {
    }

    private static final Map<Enum<?>, Label> TABLE = new LinkedHashMap<>();

    static {
        // the progress categories: short enough for a table cell, the same words in every part of a report
        put(ProgressStatus.TARGET_ACHIEVED, "已达标", "Target achieved");
        put(ProgressStatus.SUBSTANTIAL_PROGRESS, "进展良好", "On track");
        put(ProgressStatus.MODERATE_PROGRESS, "需加快进度", "Moderate progress, needs acceleration");
        put(ProgressStatus.LIMITED_PROGRESS, "进展有限", "Limited progress");
        put(ProgressStatus.DETERIORATION, "出现倒退", "Deterioration");
        put(ProgressStatus.INSUFFICIENT_DATA, "数据不足", "Insufficient data");
        put(ProgressStatus.NOT_ASSESSED, "未评估", "Not assessed");

        put(WarningRule.EXPECTED_TO_MISS, "预计达标困难", "Expected to miss the target");
        put(WarningRule.VOLATILE, "波动较大", "Fluctuating strongly");
        put(WarningSeverity.HIGH, "高", "High");
        put(WarningSeverity.MEDIUM, "中", "Medium");
        put(WarningSeverity.LOW, "低", "Low");

        put(Vocabulary.GapDimension.RESIDENCE, "城乡", "Urban–rural");
        put(Vocabulary.GapDimension.SEX, "性别", "Sex");
        put(GapTrend.NARROWING, "差距缩小", "Narrowing");
        put(GapTrend.WIDENING, "差距扩大", "Widening");
        put(GapTrend.STABLE, "基本持平", "Stable");
        put(GapTrend.INSUFFICIENT_DATA, "数据不足", "Insufficient data");
        put(Vocabulary.Residence.URBAN, "城镇", "Urban");
        put(Vocabulary.Residence.RURAL, "农村", "Rural");
        put(Vocabulary.Residence.TOTAL, "合计", "Total");
        put(Vocabulary.Sex.MALE, "男", "Male");
        put(Vocabulary.Sex.FEMALE, "女", "Female");
        put(Vocabulary.Sex.TOTAL, "合计", "Total");
        put(Vocabulary.AgeGroup.Y0T2, "0—2岁", "Aged 0–2");
        put(Vocabulary.AgeGroup.Y3T5, "3—5岁", "Aged 3–5");
        put(Vocabulary.AgeGroup.Y6T11, "6—11岁", "Aged 6–11");
        put(Vocabulary.AgeGroup.Y12T14, "12—14岁", "Aged 12–14");
        put(Vocabulary.AgeGroup.Y15T17, "15—17岁", "Aged 15–17");
        put(Vocabulary.AgeGroup.TOTAL, "合计", "Total");

        put(Vocabulary.Unit.PERCENT, "百分比", "Percent");
        put(Vocabulary.Unit.PER_MILLE, "千分比", "Per mille");
        put(Vocabulary.Unit.PER_100K, "每10万", "Per 100,000");
        put(Vocabulary.Unit.PER_1000_CHILDREN, "每千名儿童", "Per 1,000 children");
        put(Vocabulary.Unit.PER_INSTITUTION, "每机构", "Per institution");
        put(Vocabulary.Unit.HOURS_PER_DAY, "小时/天", "Hours per day");
        put(Vocabulary.Unit.COUNT, "个数", "Count");

        put(TargetType.AT_LEAST, "不低于", "At least");
        put(TargetType.AT_MOST, "不高于", "At most");
        put(TargetType.REDUCE_FROM_BASELINE_PCT, "较基期下降", "Reduce from the baseline by");
        put(TargetType.APPROX, "左右", "About");
        put(TargetType.FULL_COVERAGE, "全覆盖", "Full coverage");
        put(TargetType.MAINTAIN_AT_LEAST, "保持在以上", "Maintain at least");
        put(TargetType.INCREASE, "逐步提高", "Increase");
        put(TargetType.DECREASE, "逐步降低", "Decrease");
        put(TargetType.QUALITATIVE, "定性目标", "Qualitative");

        put(GoalRatingValue.ACHIEVED, "已实现", "Achieved");
        put(GoalRatingValue.BASICALLY_ACHIEVED, "基本实现", "Basically achieved");
        put(GoalRatingValue.PROGRESSING, "正在推进", "Progressing");
        put(GoalRatingValue.NOT_ACHIEVED, "未实现", "Not achieved");

        put(SelfAssessmentStatus.DRAFT, "填写中", "Draft");
        put(SelfAssessmentStatus.SUBMITTED, "已提交", "Submitted");
        put(SelfAssessmentStatus.RETURNED, "已退回", "Returned");

        put(CycleStatus.OPEN, "数据报送中", "Open");
        put(CycleStatus.CLOSED, "已结束报送", "Closed");

        put(SubmissionStatus.DRAFT, "草稿", "Draft");
        put(SubmissionStatus.SUBMITTED, "已提交", "Submitted");
        put(SubmissionStatus.ACCEPTED, "已通过", "Accepted");
        put(SubmissionStatus.RETURNED, "已退回", "Returned");
        put(SubmissionStatus.WITHDRAWN, "已撤销（周期已关闭）", "Withdrawn (cycle closed)");
        put(SubmissionTimeliness.ON_TIME, "按时", "On time");
        put(SubmissionTimeliness.LATE, "逾期", "Late");
        put(SubmissionTimeliness.BACKFILLED, "补报", "Back-filled");
        put(SubmissionStatus.Action.SUBMIT, "提交", "submit");
        put(SubmissionStatus.Action.ACCEPT, "审核通过", "accept");
        put(SubmissionStatus.Action.RETURN, "退回", "return");

        put(EvaluationType.MIDTERM, "中期评估", "Mid-term evaluation");
        put(EvaluationType.FINAL, "终期评估", "Final evaluation");
        put(EvaluationStatus.DRAFT, "草稿", "Draft");
        put(EvaluationStatus.PLAN_APPROVED, "评估方案已批准", "Plan approved");
        put(EvaluationStatus.COLLECTING, "自评收集中", "Collecting self-assessments");
        put(EvaluationStatus.COMPILING, "报告编制中", "Compiling the report");
        put(EvaluationStatus.UNDER_REVIEW, "报告审核中", "Report under review");
        put(EvaluationStatus.RETURNED, "报告已退回修改", "Report returned for revision");
        put(EvaluationStatus.APPROVED, "报告已批准", "Report approved");
        put(EvaluationStatus.PUBLISHED, "报告已发布", "Report published");
        put(EvaluationAction.CREATE, "创建评估", "Create");
        put(EvaluationAction.APPROVE_PLAN, "批准评估方案", "Approve the plan");
        put(EvaluationAction.START_COLLECTING, "下发自评任务", "Start collecting self-assessments");
        put(EvaluationAction.COMPILE, "开始编制报告", "Compile the report");
        put(EvaluationAction.SUBMIT_FOR_REVIEW, "提交审核", "Submit for review");
        put(EvaluationAction.APPROVE, "批准报告", "Approve the report");
        put(EvaluationAction.RETURN, "退回修改", "Return for revision");
        put(EvaluationAction.PUBLISH, "发布报告", "Publish the report");
        put(ReviewOutcome.UNDER_REVIEW, "审核中", "Under review");
        put(ReviewOutcome.RETURNED, "已退回修改", "Returned for revision");
        put(ReviewOutcome.APPROVED, "已批准", "Approved");
        put(ReviewOutcome.PUBLISHED, "已发布", "Published");
        put(PublicFeedbackStatus.PENDING, "待审核", "Pending moderation");
        put(PublicFeedbackStatus.APPROVED, "已通过", "Approved");
        put(PublicFeedbackStatus.REJECTED, "未通过", "Rejected");

        put(Timeliness.ON_TIME, "按时", "On time");
        put(Timeliness.LATE, "逾期", "Late");
        put(Timeliness.BACKFILLED, "补报", "Back-filled");
        put(Timeliness.OVERDUE, "逾期未报", "Overdue");
        put(Timeliness.NOT_YET_DUE, "未到期", "Not yet due");
    }

    /** The enums whose values readers see; LabelsTest checks each has a label for every constant. */
    public static final List<Class<? extends Enum<?>>> LABELLED = List.of(ProgressStatus.class, WarningRule.class,
            WarningSeverity.class, Vocabulary.GapDimension.class, GapTrend.class, Vocabulary.Residence.class,
            Vocabulary.Sex.class, Vocabulary.AgeGroup.class, Vocabulary.Unit.class, TargetType.class, GoalRatingValue.class,
            SelfAssessmentStatus.class, CycleStatus.class, SubmissionStatus.class, SubmissionStatus.Action.class, SubmissionTimeliness.class,
            EvaluationType.class, EvaluationStatus.class, EvaluationAction.class, ReviewOutcome.class,
            PublicFeedbackStatus.class, Timeliness.class);

    private Labels() {
    }

    private static void put(Enum<?> value, String zh, String en) {
        if (TABLE.put(value, new Label(zh, en)) != null) {
            throw new IllegalStateException("Two labels for " + value);
        }
    }

    public static Label of(Enum<?> value) {
        Label label = TABLE.get(value);
        if (label == null) {
            throw new IllegalArgumentException("No label for " + value.getDeclaringClass().getSimpleName() + "." + value);
        }
        return label;
    }

    public static String zh(Enum<?> value) {
        return value == null ? null : of(value).zh();
    }

    public static String en(Enum<?> value) {
        return value == null ? null : of(value).en();
    }

    /**
     * The label of a value the sealed report carries as its name (reports are stored as JSON, where an enum is a
     * string); a name the enum no longer has is shown as it is, so an old report still renders.
     */
    public static <E extends Enum<E>> Label of(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return new Label(name, name);
        }
    }

    public static <E extends Enum<E>> String zh(Class<E> type, String name) {
        Label label = of(type, name);
        return label == null ? null : label.zh();
    }

    public static <E extends Enum<E>> String en(Class<E> type, String name) {
        Label label = of(type, name);
        return label == null ? null : label.en();
    }
}
