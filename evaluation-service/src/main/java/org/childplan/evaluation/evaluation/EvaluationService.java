package org.childplan.evaluation.evaluation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.Evaluation;
import org.childplan.evaluation.domain.EvaluationAction;
import org.childplan.evaluation.domain.EvaluationEvent;
import org.childplan.evaluation.domain.EvaluationStatus;
import org.childplan.evaluation.domain.EvaluationType;
import org.childplan.evaluation.domain.GoalRating;
import org.childplan.evaluation.domain.NarrativeEdit;
import org.childplan.evaluation.domain.Responsibilities;
import org.childplan.evaluation.domain.ReviewOutcome;
import org.childplan.evaluation.domain.SelfAssessment;
import org.childplan.evaluation.domain.SelfAssessmentItem;
import org.childplan.evaluation.domain.SelfAssessmentStatus;
import org.childplan.evaluation.monitoring.ProgressService;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.config.EvaluationConfig;
import org.childplan.evaluation.report.CanonicalJson;
import org.childplan.evaluation.report.Issuer;
import org.childplan.evaluation.report.EvaluationReport;
import org.childplan.evaluation.report.EvaluationSnapshot;
import org.childplan.evaluation.report.ReportAssembler;
import org.childplan.evaluation.report.ReportReviews;
import org.childplan.evaluation.report.SealedReport;
import org.childplan.evaluation.repository.SelfAssessmentItemRepository;
import org.childplan.evaluation.service.Clock;
import org.childplan.evaluation.webhook.WebhookService;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.metrics.BusinessCounters;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.CurrentUser;

/**
 * The mid-term and final evaluations of section 四: their workflow, the self-assessment tasks issued when collecting
 * starts, the data snapshot taken when compiling starts, and the report sealed when submitted for review.
 */
@ApplicationScoped
public class EvaluationService {

    private final PeerData peers;
    private final ProgressService progress;
    private final CurrentUser actor;
    private final Clock clock;
    private final WebhookService webhooks;
    private final BusinessCounters counters;
    private final EvaluationConfig config;
    private final SelfAssessmentItemRepository items;

    public EvaluationService(PeerData peers, ProgressService progress, CurrentUser actor, Clock clock, WebhookService webhooks,
                             BusinessCounters counters, EvaluationConfig config, SelfAssessmentItemRepository items) {
        this.config = config;
        this.items = items;
        this.peers = peers;
        this.progress = progress;
        this.actor = actor;
        this.clock = clock;
        this.webhooks = webhooks;
        this.counters = counters;
    }

    public record NewEvaluation(EvaluationType type, int referenceYear, String planTextZh, String planTextEn,
                                LocalDate selfAssessmentDueOn, LocalDate reportDueOn) {
    }

    public List<Evaluation> evaluations(String planCode, EvaluationStatus status) {
        return status == null ? Evaluation.list("planCode = ?1 order by referenceYear, type", planCode)
                : Evaluation.list("planCode = ?1 and status = ?2 order by referenceYear, type", planCode, status);
    }

    /** Every published report, with when it was published (null for one published before events were kept). */
    public record Published(Evaluation evaluation, OffsetDateTime publishedAt) {
    }

    public List<Published> published() {
        List<Evaluation> published = Evaluation.list("status = ?1 order by planCode, referenceYear, type", EvaluationStatus.PUBLISHED);
        return published.stream().map(e -> new Published(e, EvaluationEvent.<EvaluationEvent>find(
                "evaluation = ?1 and action = ?2", e, EvaluationAction.PUBLISH).firstResultOptional().map(event -> event.at)
                .orElse(null))).toList();
    }

    public Evaluation evaluation(String planCode, String code) {
        return Evaluation.find(planCode, code).orElseThrow(() -> new ResourceNotFoundException(
                "Evaluation " + code + " of plan " + planCode + " does not exist", "规划" + planCode + "的评估" + code + "不存在"));
    }

    public List<EvaluationEvent> history(Evaluation evaluation) {
        return EvaluationEvent.list("evaluation = ?1 order by at, id", evaluation);
    }

    @Transactional
    public Evaluation create(String planCode, NewEvaluation input) {
        CatalogueSnapshot.PlanInfo plan = peers.catalogueForYear(planCode, input.referenceYear()).plan();
        if (input.referenceYear() < plan.periodStart() || input.referenceYear() > plan.periodEnd()) {
            throw InputValidationException.single("referenceYear", "must lie in the plan period " + plan.periodStart() + "–"
                    + plan.periodEnd(), "评估年份必须在规划期" + plan.periodStart() + "—" + plan.periodEnd() + "年之内");
        }
        if (input.reportDueOn().isBefore(input.selfAssessmentDueOn())) {
            throw InputValidationException.single("reportDueOn", "must not be before selfAssessmentDueOn",
                    "报告截止日期不能早于自评截止日期");
        }
        String code = input.type().name() + "-" + input.referenceYear();
        if (Evaluation.find(planCode, code).isPresent()) {
            throw ConflictException.duplicate("Evaluation", "评估", code);
        }
        Evaluation e = new Evaluation();
        e.planCode = planCode;
        e.code = code;
        e.type = input.type();
        e.referenceYear = input.referenceYear();
        e.status = EvaluationStatus.DRAFT;
        e.planTextZh = input.planTextZh();
        e.planTextEn = input.planTextEn();
        e.selfAssessmentDueOn = input.selfAssessmentDueOn();
        e.reportDueOn = input.reportDueOn();
        e.createdAt = clock.now();
        e.createdBy = actor.name();
        e.persist();
        // the history begins with the creation, so it answers who started the evaluation and when
        EvaluationEvent created = new EvaluationEvent();
        created.evaluation = e;
        created.action = EvaluationAction.CREATE;
        created.fromStatus = EvaluationStatus.DRAFT;
        created.toStatus = EvaluationStatus.DRAFT;
        created.actor = e.createdBy;
        created.at = e.createdAt;
        created.persist();
        return e;
    }

    /** Changes the evaluation plan while it is still a draft (before the leading group approves it). */
    @Transactional
    public Evaluation updatePlan(String planCode, String code, String planTextZh, String planTextEn,
                                 LocalDate selfAssessmentDueOn, LocalDate reportDueOn, ExpectedRevision expected) {
        Evaluation e = evaluation(planCode, code);
        e.lockForChange();
        expected.check(e.revision);
        if (e.status != EvaluationStatus.DRAFT) {
            throw new ConflictException("The evaluation plan can only change while the evaluation is DRAFT; it is " + e.status,
                    "评估方案只能在草稿状态下修改，当前状态为" + e.status.nameZh());
        }
        e.planTextZh = planTextZh;
        e.planTextEn = planTextEn;
        e.selfAssessmentDueOn = selfAssessmentDueOn;
        e.reportDueOn = reportDueOn;
        e.flush();
        return e;
    }

    /** Takes a workflow step, with its side effects, and records who took it, when and why. */
    @Transactional
    public Evaluation act(String planCode, String code, EvaluationAction action, String comment, ExpectedRevision expected) {
        Evaluation e = evaluation(planCode, code);
        e.lockForChange();
        expected.check(e.revision);
        if (!action.allowedFrom(e.status)) {
            throw new ConflictException("Evaluation " + code + " is " + e.status + "; '" + action.path()
                    + "' is not allowed from that state",
                    "评估" + code + "当前状态为" + e.status.nameZh() + "，不能执行“" + action.nameZh() + "”操作");
        }
        if (action.requiresComment() && (comment == null || comment.isBlank())) {
            throw InputValidationException.single("comment", "is required: say what has to change", "退回时必须说明修改意见");
        }
        switch (action) {
            case START_COLLECTING -> issueSelfAssessments(e);
            case COMPILE -> takeSnapshot(e);
            case SUBMIT_FOR_REVIEW -> seal(e);
            case PUBLISH -> {
                webhooks.notify(org.childplan.evaluation.webhook.WebhookEvent.REPORT_PUBLISHED, java.util.Map.of(
                        "planCode", e.planCode, "evaluationCode", e.code, "type", e.type.name(),
                        "reportPath", reportPath(e)));
                counters.count("childplan.reports.published", "Evaluation reports published, by evaluation type", 1,
                        "plan", e.planCode, "type", e.type.name());
            }
            default -> {
            }
        }
        EvaluationEvent event = new EvaluationEvent();
        event.evaluation = e;
        event.action = action;
        event.fromStatus = e.status;
        event.toStatus = action.to();
        event.actor = actor.name();
        event.at = clock.now();
        event.comment = comment;
        event.persist();
        e.status = action.to();
        e.flush();
        return e;
    }

    /** Findings and recommendations are written while compiling, and sealed with the report. */
    @Transactional
    public Evaluation writeFindings(String planCode, String code, EvaluationReport.Findings findings, ExpectedRevision expected) {
        Evaluation e = compiling(planCode, code);
        expected.check(e.revision);
        e.findingsZh = findings.findingsZh();
        e.findingsEn = findings.findingsEn();
        e.recommendationsZh = findings.recommendationsZh();
        e.recommendationsEn = findings.recommendationsEn();
        e.flush();
        return e;
    }

    public List<GoalRating> ratings(Evaluation e) {
        return GoalRating.list("evaluation = ?1 order by goalCode", e);
    }

    /** The evaluation group's rating of a qualitative goal, while compiling. */
    @Transactional
    public GoalRating rate(String planCode, String code, String goalCode, org.childplan.evaluation.domain.GoalRatingValue rating,
                           String rationaleZh, String rationaleEn) {
        Evaluation e = compiling(planCode, code);
        ReportAssembler.SnapshotData data = snapshotData(e);
        boolean qualitative = data.catalogue().indicators().stream()
                .anyMatch(i -> i.qualitative() && goalCode.equals(i.goalCode()));
        if (!qualitative) {
            throw InputValidationException.single("goalCode", "goal " + goalCode + " has no qualitative indicator to rate",
                    "目标" + goalCode + "不是定性目标，无需评定");
        }
        GoalRating r = GoalRating.<GoalRating>find("evaluation = ?1 and goalCode = ?2", e, goalCode).firstResultOptional()
                .orElseGet(() -> {
                    GoalRating fresh = new GoalRating();
                    fresh.evaluation = e;
                    fresh.goalCode = goalCode;
                    return fresh;
                });
        r.rating = rating;
        r.rationaleZh = rationaleZh;
        r.rationaleEn = rationaleEn;
        r.ratedBy = actor.name();
        r.ratedAt = clock.now();
        r.persistAndFlush();
        return r;
    }

    // ---- the drafted narratives

    /** A domain's narrative as it stands, its draft, and who rewrote it when; for the group that edits it. */
    public record NarrativeState(String domainCode, String domainNameZh, String textZh, String draftZh, boolean edited,
                                 String editedBy, OffsetDateTime editedAt) {
    }

    /**
     * Every domain's narrative, drafted from the frozen data, with the group's rewrite where there is one; none before
     * compiling, when there is no frozen data to draft from.
     */
    public List<NarrativeState> narratives(Evaluation e) {
        if (!e.status.hasReport()) {
            return List.of();
        }
        ReportAssembler.SnapshotData data = snapshotData(e);
        Map<String, NarrativeEdit> edits = new LinkedHashMap<>();
        NarrativeEdit.of(e).forEach(n -> edits.put(n.domainCode, n));
        return ReportAssembler.drafts(data).stream().map(d -> {
            NarrativeEdit edit = edits.get(d.domainCode());
            String name = data.catalogue().domain(d.domainCode()).map(CatalogueSnapshot.DomainInfo::nameZh).orElse(null);
            return new NarrativeState(d.domainCode(), name, edit == null ? d.textZh() : edit.textZh, d.textZh(), edit != null,
                    edit == null ? null : edit.editedBy, edit == null ? null : edit.editedAt);
        }).toList();
    }

    public NarrativeState narrative(Evaluation e, String domainCode) {
        return narratives(e).stream().filter(n -> n.domainCode().equals(domainCode)).findFirst()
                .orElseThrow(() -> unknownDomain(domainCode));
    }

    /**
     * The group's rewrite of a domain's narrative, while compiling; it bumps the evaluation's revision, as findings
     * do, so that a second editor holding the old ETag is told rather than overwritten.
     */
    @Transactional
    public Evaluation rewriteNarrative(String planCode, String code, String domainCode, String textZh,
                                       ExpectedRevision expected) {
        Evaluation e = compiling(planCode, code);
        knownDomain(e, domainCode);
        expected.check(e.revision);
        NarrativeEdit edit = NarrativeEdit.of(e, domainCode).orElseGet(() -> {
            NarrativeEdit fresh = new NarrativeEdit();
            fresh.evaluation = e;
            fresh.domainCode = domainCode;
            return fresh;
        });
        edit.textZh = textZh;
        edit.editedBy = actor.name();
        edit.editedAt = clock.now();
        edit.persist();
        bumpRevision(e);
        return e;
    }

    /** Back to the draft: the rewrite is dropped; without one, nothing changes. */
    @Transactional
    public Evaluation restoreNarrative(String planCode, String code, String domainCode, ExpectedRevision expected) {
        Evaluation e = compiling(planCode, code);
        knownDomain(e, domainCode);
        expected.check(e.revision);
        NarrativeEdit.of(e, domainCode).ifPresent(edit -> {
            edit.delete();
            bumpRevision(e);
        });
        return e;
    }

    private void knownDomain(Evaluation e, String domainCode) {
        if (snapshotData(e).catalogue().domain(domainCode).isEmpty()) {
            throw unknownDomain(domainCode);
        }
    }

    private static InputValidationException unknownDomain(String domainCode) {
        return InputValidationException.single("domainCode", "domain " + domainCode + " is not in the evaluated catalogue",
                "领域" + domainCode + "不在评估所依据的指标目录中");
    }

    /** The evaluation's revision moves on although none of its columns changed: the report's text did. */
    private static void bumpRevision(Evaluation e) {
        Panache.getEntityManager().flush();
        Panache.getEntityManager().lock(e, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    // ---- side effects of the workflow

    /**
     * One self-assessment per agency that answers (as lead or responsible unit) for any goal, listing every goal in
     * its responsibility: one catalogue read and one responsibilities read.
     */
    void issueSelfAssessments(Evaluation e) {
        CatalogueSnapshot catalogue = peers.catalogueForYear(e.planCode, e.referenceYear);
        Responsibilities responsibilities = peers.responsibilitiesForYear(catalogue.plan(), e.referenceYear);
        Map<String, Responsibilities.AgencyRef> agencies = new LinkedHashMap<>();
        Map<String, Set<String>> goalsByAgency = new LinkedHashMap<>();
        Map<String, CatalogueSnapshot.IndicatorInfo> indicators = catalogue.indicatorsByCode();
        for (Responsibilities.IndicatorAgencies ia : responsibilities.indicators()) {
            CatalogueSnapshot.IndicatorInfo indicator = indicators.get(ia.indicatorCode());
            if (indicator == null || indicator.goalCode() == null) {
                continue;
            }
            List<Responsibilities.AgencyRef> answering = new ArrayList<>(ia.leads());
            answering.addAll(ia.responsible());
            for (Responsibilities.AgencyRef a : answering) {
                agencies.putIfAbsent(a.code(), a);
                goalsByAgency.computeIfAbsent(a.code(), k -> new LinkedHashSet<>()).add(indicator.goalCode());
            }
        }
        Set<String> qualitativeGoals = new java.util.HashSet<>();
        catalogue.indicators().stream().filter(CatalogueSnapshot.IndicatorInfo::qualitative)
                .forEach(i -> qualitativeGoals.add(i.goalCode()));
        goalsByAgency.forEach((agencyCode, goals) -> {
            SelfAssessment sa = new SelfAssessment();
            sa.evaluation = e;
            sa.agencyCode = agencyCode;
            sa.agencyNameZh = agencies.get(agencyCode).nameZh();
            sa.status = SelfAssessmentStatus.DRAFT;
            sa.persist();
            for (String goal : goals) {
                SelfAssessmentItem item = new SelfAssessmentItem();
                item.selfAssessment = sa;
                item.goalCode = goal;
                item.domainCode = goal.substring(0, goal.lastIndexOf('-'));
                item.qualitative = qualitativeGoals.contains(goal);
                item.persist();
            }
        });
    }

    /** Freezes the data the report rests on: catalogue, matrix, accepted values, statuses, warnings, gaps, self-assessments. */
    void takeSnapshot(Evaluation e) {
        ProgressService.Assessment assessment = progress.assess(e.planCode, e.referenceYear);
        Responsibilities responsibilities = peers.responsibilitiesForYear(assessment.catalogue().plan(), e.referenceYear);
        ReportAssembler.SnapshotData data = ReportAssembler.snapshot(e, assessment, progress.warnings(assessment, responsibilities),
                progress.equityGaps(assessment), responsibilities, digests(e),
                Issuer.of(peers.governanceBodies(), config.evaluationReportIssuer()).orElse(null));
        // written once, as bytes: hashed as they are, and stored as their text (~830 KB for a plan like Changning's)
        byte[] content = CanonicalJson.writeBytes(data);
        EvaluationSnapshot snapshot = new EvaluationSnapshot();
        snapshot.evaluationId = e.id;
        snapshot.takenAt = clock.now();
        snapshot.checksum = CanonicalJson.sha256(content);
        snapshot.content = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        snapshot.persist();
    }

    /** Seals the report as it stands, with a new version number and its checksum; rendering reads only this. */
    void seal(Evaluation e) {
        EvaluationSnapshot snapshot = snapshot(e);
        int version = SealedReport.latest(e).map(r -> r.version + 1).orElse(1);
        OffsetDateTime now = clock.now();
        ReportAssembler.SnapshotData data = CanonicalJson.read(snapshot.content, ReportAssembler.SnapshotData.class); // read once
        EvaluationReport report = ReportAssembler.assemble(e, snapshotInfo(snapshot, data), data,
                ratings(e), NarrativeEdit.texts(e), false, version, now);
        String content = CanonicalJson.write(report);
        SealedReport sealed = new SealedReport();
        sealed.evaluation = e;
        sealed.version = version;
        sealed.sealedAt = now;
        sealed.checksum = CanonicalJson.sha256(content);
        sealed.content = content;
        sealed.persist();
    }

    /** The report: the sealed one once submitted for review, or a draft assembled now while compiling. */
    public EvaluationReport report(String planCode, String code) {
        return report(evaluation(planCode, code), null, false);
    }

    /**
     * The report as {@link #report(String, String)} gives it, or, with {@code version}, that sealed version exactly as
     * sealed; either way with the review of the version shown and the list of sealed versions beside it. For a public
     * reader ({@code publicOnly}) the list holds only the published version and reviewers are not named.
     */
    public EvaluationReport report(Evaluation e, Integer version, boolean publicOnly) {
        List<ReportReviews.Reviewed> reviewed = reviewed(e);
        List<EvaluationReport.VersionRef> versions = reviewed.stream()
                .filter(r -> !publicOnly || r.outcome() == ReviewOutcome.PUBLISHED)
                .map(r -> new EvaluationReport.VersionRef(r.sealed().version(), r.sealed().sealedAt(), r.sealed().checksum(),
                        r.outcome(), reportPath(e) + "?version=" + r.sealed().version()))
                .toList();
        if (version != null) {
            SealedReport sealed = SealedReport.find(e, version).orElseThrow(() -> new ResourceNotFoundException(
                    "Evaluation " + e.code + " has no sealed report version " + version,
                    "评估" + e.code + "没有第" + version + "版封存报告"));
            return CanonicalJson.read(sealed.content, EvaluationReport.class)
                    .withReviewAndVersions(sealed.checksum, review(reviewed, version, publicOnly), versions);
        }
        if (!e.status.hasReport()) {
            throw new ConflictException("Evaluation " + e.code + " has no report before compiling starts (it is " + e.status + ")",
                    "评估" + e.code + "尚未开始编制报告（当前状态：" + e.status.nameZh() + "）");
        }
        if (e.status.compiling()) {
            ReportAssembler.SnapshotData data = snapshotData(e);
            return ReportAssembler.assemble(e, snapshotInfo(snapshot(e), data), data, ratings(e), NarrativeEdit.texts(e), true, 0,
                    null)
                    .withReviewAndVersions(null, null, versions);
        }
        SealedReport sealed = SealedReport.latest(e).orElseThrow();
        return CanonicalJson.read(sealed.content, EvaluationReport.class)
                .withReviewAndVersions(sealed.checksum, review(reviewed, sealed.version, publicOnly), versions);
    }

    /** Whether a reader without an account may read the report, or the given version of it: only the published one. */
    public boolean isPublic(Evaluation e, Integer version) {
        if (e.status != EvaluationStatus.PUBLISHED) {
            return false;
        }
        return version == null || SealedReport.latestVersion(e).map(latest -> latest == version.intValue()).orElse(false);
    }

    public static String reportPath(Evaluation e) {
        return "/api/v1/plans/" + e.planCode + "/evaluations/" + e.code + "/report";
    }

    /** Every sealed version with its outcome and review steps, from the stored versions and the workflow history. */
    private List<ReportReviews.Reviewed> reviewed(Evaluation e) {
        List<ReportReviews.Step> steps = history(e).stream()
                .map(event -> new ReportReviews.Step(event.action, event.at, event.actor, event.comment)).toList();
        return ReportReviews.of(SealedReport.versions(e), steps);
    }

    private static EvaluationReport.Review review(List<ReportReviews.Reviewed> reviewed, int version, boolean publicOnly) {
        return reviewed.stream().filter(r -> r.sealed().version() == version).findFirst()
                .map(r -> new EvaluationReport.Review(version, r.outcome(), r.outcome().nameZh(), r.steps().stream()
                        .map(step -> new EvaluationReport.ReviewStep(step.action(), step.action().nameZh(), step.at(),
                                publicOnly ? null : step.actor(), step.comment())).toList()))
                .orElse(null);
    }

    EvaluationSnapshot snapshot(Evaluation e) {
        return EvaluationSnapshot.<EvaluationSnapshot>findByIdOptional(e.id).orElseThrow(() -> new ConflictException(
                "Evaluation " + e.code + " has no snapshot yet", "评估" + e.code + "尚未生成数据快照"));
    }

    ReportAssembler.SnapshotData snapshotData(Evaluation e) {
        return CanonicalJson.read(snapshot(e).content, ReportAssembler.SnapshotData.class);
    }

    private static EvaluationReport.Snapshot snapshotInfo(EvaluationSnapshot s, ReportAssembler.SnapshotData data) {
        return new EvaluationReport.Snapshot(s.takenAt, s.checksum, data.catalogueAsOf());
    }

    /** The evaluation, locked for this change: a rating or finding never lands after the report was sealed. */
    private Evaluation compiling(String planCode, String code) {
        Evaluation e = evaluation(planCode, code);
        e.lockForChange();
        if (!e.status.compiling()) {
            throw new ConflictException("Evaluation " + code + " is " + e.status + "; ratings, findings and narratives change only"
                    + " while COMPILING or RETURNED", "评估" + code + "当前状态为" + e.status.nameZh()
                    + "，只有在报告编制或退回修改时才能修改评定、评估意见和分领域评估情况");
        }
        return e;
    }

    /** The self-assessments in brief, as the report shows them. */
    List<EvaluationReport.AgencyDigest> digests(Evaluation e) {
        Map<Long, List<SelfAssessmentItemRepository.ItemAnswer>> answersByAssessment = new HashMap<>();
        for (SelfAssessmentItemRepository.ItemAnswer answer : items.answers(e.id)) {
            answersByAssessment.computeIfAbsent(answer.selfAssessmentId(), k -> new ArrayList<>()).add(answer);
        }
        List<EvaluationReport.AgencyDigest> digests = new ArrayList<>();
        for (SelfAssessment sa : SelfAssessment.<SelfAssessment>list("evaluation = ?1 order by agencyCode", e)) {
            List<SelfAssessmentItemRepository.ItemAnswer> answers = answersByAssessment.getOrDefault(sa.id, List.of());
            List<EvaluationReport.ItemDigest> answered = answers.stream().filter(SelfAssessmentItemRepository.ItemAnswer::answered)
                    .map(i -> new EvaluationReport.ItemDigest(i.goalCode(), i.rating(), brief(i.progressZh()),
                            brief(i.problemsZh()), brief(i.nextStepsZh()), i.evidenceCount()))
                    .toList();
            digests.add(new EvaluationReport.AgencyDigest(sa.agencyCode, sa.agencyNameZh, sa.status.name(), sa.status.nameZh(),
                    sa.submittedAt, late(sa, e), answers.size(), answered.size(), answered));
        }
        return digests;
    }

    /** Late: submitted after the due date, or still not submitted once it has passed. */
    public boolean late(SelfAssessment sa, Evaluation e) {
        return sa.submittedAt != null ? !clock.onTime(sa.submittedAt, e.selfAssessmentDueOn)
                : clock.today().isAfter(e.selfAssessmentDueOn);
    }

    private static String brief(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
