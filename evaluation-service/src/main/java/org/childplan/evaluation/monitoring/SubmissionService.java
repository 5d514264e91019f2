package org.childplan.evaluation.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childplan.evaluation.domain.CatalogueSnapshot;
import org.childplan.evaluation.domain.CycleStatus;
import org.childplan.evaluation.domain.ExpectedReport;
import org.childplan.evaluation.domain.MonitoringCycle;
import org.childplan.evaluation.domain.Observation;
import org.childplan.evaluation.domain.ObservationInput;
import org.childplan.evaluation.domain.ObservationRevision;
import org.childplan.evaluation.domain.ObservationValidator;
import org.childplan.evaluation.domain.Submission;
import org.childplan.evaluation.domain.SubmissionReturn;
import org.childplan.evaluation.domain.SubmissionStatus;
import org.childplan.evaluation.peer.PeerData;
import org.childplan.evaluation.repository.ObservationRepository;
import org.childplan.evaluation.service.AgencyScope;
import org.childplan.evaluation.service.Clock;
import org.childplan.platform.audit.AuditLog;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.metrics.BusinessCounters;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.security.CurrentUser;

/**
 * Data submissions and their review: an agency's rows are checked against the catalogue and against what the
 * agency owes in the cycle, stored whole or refused whole, then submitted, accepted or returned. Accepted values
 * change afterwards only through corrections that keep the old value.
 */
@ApplicationScoped
public class SubmissionService {

    private final MonitoringService monitoring;
    private final PeerData peers;
    private final ObservationRepository observations;
    private final CurrentUser actor;
    private final AgencyScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager em;
    private final BusinessCounters counters;

    public SubmissionService(MonitoringService monitoring, PeerData peers, ObservationRepository observations,
                             CurrentUser actor, AgencyScope scope, AuditLog audit, Clock clock, EntityManager em,
                             BusinessCounters counters) {
        this.monitoring = monitoring;
        this.peers = peers;
        this.observations = observations;
        this.actor = actor;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.em = em;
        this.counters = counters;
    }

    /** A stored submission, or for a dry run the one that would be stored. */
    public record Outcome(Submission submission, int rowCount, boolean dryRun) {
    }

    /** The agency a new submission is for: the one named, or the caller's own (see {@link AgencyScope#reportingAgency}). */
    public String reportingAgency(String named) {
        return scope.reportingAgency(named);
    }

    public List<Submission> submissions(String planCode, int year, String agencyCode, SubmissionStatus status) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        StringBuilder query = new StringBuilder("cycle = :cycle");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("cycle", cycle));
        if (scope.restricted()) {
            // agency staff see their own agency's submissions only
            query.append(" and agencyCode = :own");
            params.put("own", String.valueOf(actor.agency()));
        }
        if (agencyCode != null) {
            query.append(" and agencyCode = :agency");
            params.put("agency", agencyCode);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return Submission.list(query + " order by id", params);
    }

    public Submission submission(String planCode, int year, String code) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        Submission submission = Submission.findByCode(cycle, code)
                .orElseThrow(() -> new ResourceNotFoundException("Submission", "报送", code));
        scope.requireVisible("Submission", code, submission.agencyCode);
        return submission;
    }

    public List<Observation> rows(Submission submission) {
        return Observation.list("submission = ?1 order by rowNumber", submission);
    }

    public long rowCount(Submission submission) {
        return Observation.count("submission", submission);
    }

    /**
     * Stores the agency's rows as a DRAFT submission, or refuses the whole batch listing every bad row. Each row is
     * checked and, while every row so far is good, handed to the database at once, so that storing the batch
     * overlaps with checking it; a bad row anywhere (the last one too) stops the storing and rolls back everything.
     */
    @Transactional
    public Outcome create(String planCode, int year, String agencyCode, List<ObservationInput> rows,
                          List<FieldError> parseErrors, boolean dryRun) {
        MonitoringCycle cycle = openCycle(planCode, year);
        scope.requireOwn("Submission", planCode + "/" + year + "/(new)", agencyCode);
        Checks checks = checks(cycle, agencyCode, rows, parseErrors, List.of());
        Submission submission = new Submission();
        submission.cycle = cycle;
        submission.agencyCode = agencyCode;
        submission.status = SubmissionStatus.DRAFT;
        submission.createdAt = clock.now();
        submission.createdBy = actor.name();
        submission.code = nextCode(cycle, agencyCode);
        if (dryRun || !checks.clean()) {
            // nothing to store (or rows that did not parse: the batch is refused whatever the rest holds)
            rows.forEach(checks::next);
            checks.refuseIfAny();
            return new Outcome(submission, rows.size(), dryRun);
        }
        submission.persist();
        observations.copy(submission, 1, sink -> {
            for (ObservationInput row : rows) {
                ObservationInput normalised = checks.next(row);
                if (checks.clean()) {
                    sink.write(normalised);
                }
            }
            checks.refuseIfAny();
        });
        auditRows(submission, "BULK_INSERT", rows.size());
        return new Outcome(submission, rows.size(), false);
    }

    /** Replaces all rows of a draft or returned submission. */
    @Transactional
    public Outcome replaceRows(String planCode, int year, String code, List<ObservationInput> rows,
                               List<FieldError> parseErrors, ExpectedRevision expected, boolean dryRun) {
        Submission submission = ownSubmission(planCode, year, code);
        List<ObservationInput> normalised = validate(submission.cycle, submission.agencyCode, rows, parseErrors, List.of());
        lockEditable(submission, expected);
        if (!dryRun) {
            int removed = (int) rowCount(submission);
            observations.deleteAll(submission);
            auditRows(submission, "BULK_DELETE", removed);
            observations.insertAll(submission, normalised, 1);
            auditRows(submission, "BULK_INSERT", normalised.size());
            touch(submission);
        }
        return new Outcome(submission, normalised.size(), dryRun);
    }

    /** Adds one row to a draft or returned submission. */
    @Transactional
    public Outcome addRow(String planCode, int year, String code, ObservationInput row, ExpectedRevision expected) {
        Submission submission = ownSubmission(planCode, year, code);
        lockEditable(submission, expected);
        // validated against the rows as they stand once locked; the lock is held through the catalogue read, as a
        // row added meanwhile could otherwise duplicate this one
        List<ObservationInput> existing = rows(submission).stream().map(Observation::input).toList();
        List<ObservationInput> normalised = validate(submission.cycle, submission.agencyCode, List.of(row), List.of(), existing);
        observations.insertAll(submission, normalised, existing.size() + 1);
        auditRows(submission, "BULK_INSERT", 1);
        touch(submission);
        return new Outcome(submission, existing.size() + 1, false);
    }

    @Transactional
    public Submission submit(String planCode, int year, String code, ExpectedRevision expected) {
        Submission submission = transition(planCode, year, code, expected, SubmissionStatus.Action.SUBMIT);
        scope.requireOwn("Submission", code, submission.agencyCode);
        if (rowCount(submission) == 0) {
            throw new ConflictException("Submission " + code + " has no observations to submit", "报送" + code + "中没有数据，不能提交");
        }
        submission.status = SubmissionStatus.SUBMITTED;
        submission.submittedAt = clock.now();
        submission.submittedBy = actor.name();
        submission.returnReason = null;
        submission.flush();
        return submission;
    }

    @Transactional
    public Submission accept(String planCode, int year, String code, ExpectedRevision expected) {
        Submission submission = transition(planCode, year, code, expected, SubmissionStatus.Action.ACCEPT);
        List<FieldError> clashes = clashesWithAccepted(submission);
        if (!clashes.isEmpty()) {
            throw new ConflictException("Some rows repeat values already accepted from another submission; return this "
                    + "submission, or correct the accepted values", "部分数据与已通过审核的其他报送重复，请退回本报送，或对已通过的数据进行更正",
                    clashes);
        }
        submission.status = SubmissionStatus.ACCEPTED;
        submission.reviewedAt = clock.now();
        submission.reviewedBy = actor.name();
        submission.flush();
        counters.count("childplan.submissions.accepted", "Data submissions accepted by the statistics bureau", 1,
                "plan", planCode);
        counters.count("childplan.observations.accepted", "Observations (rows) in accepted submissions", rowCount(submission),
                "plan", planCode);
        return submission;
    }

    @Transactional
    public Submission returnForRevision(String planCode, int year, String code, String reason, ExpectedRevision expected) {
        Submission submission = transition(planCode, year, code, expected, SubmissionStatus.Action.RETURN);
        submission.status = SubmissionStatus.RETURNED;
        submission.returnReason = reason;
        submission.reviewedAt = clock.now();
        submission.reviewedBy = actor.name();
        submission.flush();
        SubmissionReturn kept = new SubmissionReturn();
        kept.submission = submission;
        kept.reason = reason;
        kept.returnedAt = submission.reviewedAt;
        kept.returnedBy = submission.reviewedBy;
        kept.persist();
        counters.count("childplan.submissions.returned", "Data submissions returned to the agency for revision", 1,
                "plan", planCode);
        return submission;
    }

    /** A correction of an accepted value, the only way to change it; the value it replaces stays in the history. */
    public record Correction(String indicatorCode, String areaCode, String sex, String residence, String ageGroup,
                             BigDecimal value, BigDecimal numerator, BigDecimal denominator, String reason) {
    }

    @Transactional
    public ObservationRevision correct(String planCode, int year, Correction c) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        CatalogueSnapshot catalogue = peers.catalogueForYear(planCode, year);
        ObservationInput key = new ObservationInput(c.indicatorCode(), year, c.areaCode(), c.sex(), c.residence(),
                c.ageGroup(), c.value(), c.numerator(), c.denominator(), null, null)
                .normalised(catalogue.plan().jurisdictionCode());
        List<FieldError> errors = ObservationValidator.check(List.of(key), year, catalogue);
        if (!errors.isEmpty()) {
            throw new InputValidationException(errors.stream()
                    .map(e -> FieldError.of(e.field(), e.message(), e.messageZh())).toList());
        }
        Observation observation = Observation.<Observation>find("""
                        cycle = ?1 and submission.status = ?2 and indicatorCode = ?3 and areaCode = ?4 and sex = ?5
                        and residence = ?6 and ageGroup = ?7""", cycle, SubmissionStatus.ACCEPTED, key.indicatorCode(),
                        key.areaCode(), key.sex(), key.residence(), key.ageGroup())
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("No accepted value of " + key.indicatorCode() + " for "
                        + key.areaCode() + " (" + key.sex() + ", " + key.residence() + ", " + key.ageGroup() + ") in " + year
                        + "; only accepted values can be corrected",
                        year + "年没有已通过审核的" + key.indicatorCode() + "数据可供更正"));
        if (observation.value.compareTo(c.value()) == 0 && equal(observation.numerator, c.numerator())
                && equal(observation.denominator, c.denominator())) {
            throw new ConflictException("The correction does not change the accepted value", "更正后的数值与原数值相同");
        }
        ObservationRevision revision = new ObservationRevision();
        revision.observation = observation;
        revision.valueVersion = observation.valueVersion + 1;
        revision.oldValue = observation.value;
        revision.oldNumerator = observation.numerator;
        revision.oldDenominator = observation.denominator;
        revision.newValue = c.value();
        revision.newNumerator = c.numerator();
        revision.newDenominator = c.denominator();
        revision.reason = c.reason();
        revision.revisedAt = clock.now();
        revision.revisedBy = actor.name();
        revision.persist();
        observation.value = c.value();
        observation.numerator = c.numerator();
        observation.denominator = c.denominator();
        observation.valueVersion = revision.valueVersion;
        observation.flush();
        return revision;
    }

    public List<ObservationRevision> history(String planCode, int year, String indicatorCode) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        String order = " order by observation.indicatorCode, observation.id, valueVersion";
        return indicatorCode == null
                ? ObservationRevision.list("observation.cycle = ?1" + order, cycle)
                : ObservationRevision.list("observation.cycle = ?1 and observation.indicatorCode = ?2" + order, cycle, indicatorCode);
    }

    // ---- checks

    private List<ObservationInput> validate(MonitoringCycle cycle, String agencyCode, List<ObservationInput> rows,
                                            List<FieldError> parseErrors, List<ObservationInput> existing) {
        Checks checks = checks(cycle, agencyCode, rows, parseErrors, existing);
        List<ObservationInput> normalised = new ArrayList<>(rows.size());
        rows.forEach(row -> normalised.add(checks.next(row)));
        checks.refuseIfAny();
        return normalised;
    }

    /** The checks of a batch of new rows, after {@code existing} (already stored) ones; one catalogue read. */
    private Checks checks(MonitoringCycle cycle, String agencyCode, List<ObservationInput> rows,
                          List<FieldError> parseErrors, List<ObservationInput> existing) {
        if (rows.isEmpty() && parseErrors.isEmpty()) {
            throw InputValidationException.single("observations", "at least one observation is required", "至少需要一条数据");
        }
        CatalogueSnapshot catalogue = peers.catalogueForYear(cycle.planCode, cycle.year);
        Set<String> owed = ExpectedReport.<ExpectedReport>list("cycle = ?1 and agencyCode = ?2", cycle, agencyCode).stream()
                .map(e -> e.indicatorCode).collect(Collectors.toSet());
        return new Checks(catalogue, cycle.year, agencyCode, owed, parseErrors, existing);
    }

    /**
     * A batch's rows checked one at a time, in order: against the catalogue (see {@link ObservationValidator}), against
     * the rows before them, and against what the agency owes in the cycle. Row numbers count the new rows from 1; a
     * row's field is reported once, a parse error first.
     */
    private static final class Checks {

        private final ObservationValidator.Batch batch;
        private final String jurisdiction;
        private final String agencyCode;
        private final Set<String> owed;
        private final List<FieldError> errors;
        private final Set<String> reported = new HashSet<>();
        private final int offset;
        private int row;

        Checks(CatalogueSnapshot catalogue, int year, String agencyCode, Set<String> owed, List<FieldError> parseErrors,
               List<ObservationInput> existing) {
            this.batch = new ObservationValidator.Batch(year, catalogue);
            this.jurisdiction = catalogue.plan().jurisdictionCode();
            this.agencyCode = agencyCode;
            this.owed = owed;
            this.errors = new ArrayList<>(parseErrors);
            parseErrors.forEach(e -> reported.add(e.row() + "/" + e.field()));
            // the stored rows count for repeats; their own errors are not this batch's
            existing.forEach(batch::next);
            this.offset = existing.size();
        }

        /** The row as it will be stored (defaults filled in), its errors noted. */
        ObservationInput next(ObservationInput raw) {
            int number = ++row;
            ObservationInput o = raw.normalised(jurisdiction);
            for (FieldError e : batch.next(o)) {
                if (reported.add(number + "/" + e.field())) {
                    errors.add(new FieldError(e.row() - offset, e.field(), e.message(), e.messageZh()));
                }
            }
            String code = o.indicatorCode();
            if (code != null && !owed.contains(code) && batch.knows(code) && reported.add(number + "/indicatorCode")) {
                errors.add(new FieldError(number, "indicatorCode", "agency " + agencyCode + " does not report indicator "
                        + code + " in this cycle: the responsibility matrix does not make it its data provider or lead",
                        "按责任分工，" + agencyCode + "在本周期不负责报送指标" + code));
            }
            return o;
        }

        /** No row so far has an error. */
        boolean clean() {
            return errors.isEmpty();
        }

        /** Refuses the batch, listing every bad row in order, if any row had an error. */
        void refuseIfAny() {
            if (!errors.isEmpty()) {
                errors.sort((a, b) -> Integer.compare(a.row() == null ? 0 : a.row(), b.row() == null ? 0 : b.row()));
                throw new InputValidationException(errors);
            }
        }
    }

    private List<FieldError> clashesWithAccepted(Submission submission) {
        List<Object[]> clashes = em.createQuery("""
                        select o.rowNumber, other.code from Observation o, Observation a join a.submission other
                        where o.submission = :s and a.cycle = o.cycle and other.status = :accepted and other <> o.submission
                          and a.indicatorCode = o.indicatorCode and a.year = o.year and a.areaCode = o.areaCode
                          and a.sex = o.sex and a.residence = o.residence and a.ageGroup = o.ageGroup
                        order by o.rowNumber""", Object[].class)
                .setParameter("s", submission)
                .setParameter("accepted", SubmissionStatus.ACCEPTED)
                .setMaxResults(100)
                .getResultList();
        return clashes.stream().map(c -> new FieldError((Integer) c[0], "indicatorCode",
                "already accepted in submission " + c[1], "该数据已在报送" + c[1] + "中通过审核")).toList();
    }

    /** The cycle, kept OPEN until this write commits: closing it waits, so no row changes after it closed. */
    private MonitoringCycle openCycle(String planCode, int year) {
        MonitoringCycle cycle = monitoring.cycle(planCode, year);
        cycle.lockAgainstChange();
        if (cycle.status != CycleStatus.OPEN) {
            throw new ConflictException("Monitoring cycle " + year + " is closed; its accepted data can only be corrected",
                    year + "年度监测周期已关闭，已通过的数据只能通过更正修改");
        }
        return cycle;
    }

    /** Rows are written with plain JDBC (for speed), which Hibernate does not see; so they are audited here. */
    private void auditRows(Submission submission, String action, int rows) {
        audit.record(new AuditLog.Entry(action, "Observation", submission.code, submission.agencyCode, null,
                Map.of("submission", submission.code, "rows", rows), rows + " observation row(s)"));
    }

    /** The caller's own submission in an open cycle (404, 403, 409 otherwise), not yet locked. */
    private Submission ownSubmission(String planCode, int year, String code) {
        openCycle(planCode, year);
        Submission submission = submission(planCode, year, code);
        scope.requireOwn("Submission", code, submission.agencyCode);
        return submission;
    }

    /**
     * Locks the submission for a change of its rows, then checks If-Match and the status as they now stand. Callers
     * that replace every row read the catalogue before this, so that writers of one submission do not queue behind
     * a peer call.
     */
    private void lockEditable(Submission submission, ExpectedRevision expected) {
        String code = submission.code;
        submission.lockForChange();
        expected.check(submission.revision);
        if (!submission.status.editable()) {
            throw new ConflictException("Submission " + code + " is " + submission.status
                    + "; its rows can be changed only while it is DRAFT or RETURNED",
                    "报送" + code + "当前状态为" + submission.status.nameZh() + "，只有草稿或已退回的报送可以修改数据");
        }
    }

    private Submission transition(String planCode, int year, String code, ExpectedRevision expected, SubmissionStatus.Action action) {
        openCycle(planCode, year);
        Submission submission = submission(planCode, year, code);
        submission.lockForChange();
        expected.check(submission.revision);
        if (submission.status.after(action) == null) {
            throw new ConflictException("Submission " + code + " is " + submission.status + "; '" + action.nameEn()
                    + "' is not allowed from that state",
                    "报送" + code + "当前状态为" + submission.status.nameZh() + "，不能执行“" + action.nameZh() + "”操作");
        }
        return submission;
    }

    /** Bumps the revision, so a changed row set gives the submission a new ETag. */
    private void touch(Submission submission) {
        // pessimistically: the row is already locked for this change, and a weaker lock mode would be ignored
        em.lock(submission, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        submission.flush();
    }

    private String nextCode(MonitoringCycle cycle, String agencyCode) {
        // Serialises numbering per agency and cycle, so two simultaneous submissions get different numbers.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "submission-code:" + cycle.id + ":" + agencyCode).getSingleResult();
        long existing = Submission.count("cycle = ?1 and agencyCode = ?2", cycle, agencyCode);
        return cycle.year + "-" + agencyCode + "-" + (existing + 1);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
