package org.childplan.evaluation.service;

import jakarta.enterprise.context.RequestScoped;
import org.childplan.platform.audit.AuditLog;
import org.childplan.platform.error.AccessDeniedException;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.security.CurrentUser;
import org.childplan.platform.security.Roles;

/**
 * Object-level access for agency staff: a caller whose only way in is the reporter role sees and changes only its
 * own agency's submissions and self-assessments. Reaching for another agency's answers 404, as if the resource did
 * not exist (so codes can not be probed), and is recorded in the audit trail.
 */
@RequestScoped
public class AgencyScope {

    private final CurrentUser user;
    private final AuditLog audit;

    public AgencyScope(CurrentUser user, AuditLog audit) {
        this.user = user;
        this.audit = audit;
    }

    /** Whether the caller is restricted to one agency: a reporter with none of the roles that see every agency. */
    public boolean restricted() {
        return user.hasRole(Roles.REPORTER) && !user.hasRole(Roles.STATISTICS) && !user.hasRole(Roles.EVALUATOR)
                && !user.hasRole(Roles.LEADERSHIP) && !user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.VIEWER);
    }

    /** Whether the caller may see a resource of this agency. */
    public boolean sees(String agencyCode) {
        return !restricted() || agencyCode.equals(user.agency());
    }

    /** Refuses (404, audited) unless the caller may see the agency's resource. */
    public void requireVisible(String resourceType, String resourceKey, String agencyCode) {
        if (!sees(agencyCode)) {
            refuse(resourceType, resourceKey, agencyCode);
            throw new ResourceNotFoundException(resourceType.equals("Submission") ? "Submission" : "Self-assessment",
                    resourceType.equals("Submission") ? "报送" : "自评报告", resourceKey);
        }
    }

    /** Refuses (403, audited) unless the caller reports for this agency: only an agency's own staff write its data. */
    public void requireOwn(String resourceType, String resourceKey, String agencyCode) {
        if (user.agency() == null || !user.agency().equals(agencyCode)) {
            refuse(resourceType, resourceKey, agencyCode);
            throw new AccessDeniedException(
                    "Only staff of agency " + agencyCode + " may change its " + resourceType.toLowerCase(java.util.Locale.ROOT)
                            + "; your token is for " + (user.agency() == null ? "no agency" : user.agency()),
                    "只有" + agencyCode + "的工作人员可以修改其数据，您的令牌所属单位为" + (user.agency() == null ? "空" : user.agency()));
        }
    }

    /**
     * The agency a submission is made for: the one the request names, or else the one the caller's token names. The
     * one place every submission format (JSON, CSV, XLSX) resolves it, so that none of them asks for it twice. A named
     * agency other than the token's is refused later, by {@link #requireOwn}, as any write for another agency is.
     */
    public String reportingAgency(String named) {
        if (named != null) {
            return named;
        }
        if (user.agency() != null) {
            return user.agency();
        }
        throw InputValidationException.single("agency", "name the reporting agency (agencyCode in a JSON body, ?agency= otherwise):"
                        + " your token names no agency to default to",
                "请指明报送单位（JSON 请求体中的 agencyCode，或 ?agency= 参数）：您的令牌未指定所属单位，无法默认");
    }

    private void refuse(String resourceType, String resourceKey, String agencyCode) {
        audit.refusal(resourceType, resourceKey, agencyCode,
                user.name() + " (agency " + user.agency() + ") reached for " + resourceType + " " + resourceKey + " of agency " + agencyCode);
    }
}
