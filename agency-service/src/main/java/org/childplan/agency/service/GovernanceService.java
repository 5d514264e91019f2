package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.BodyKind;
import org.childplan.agency.domain.GovernanceBody;
import org.childplan.agency.domain.GovernanceBodyMember;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;

/** The governance bodies of sections 三 and 四, with their members resolved. Read-only: they are set by import. */
@ApplicationScoped
public class GovernanceService {

    /** A body with its members as they stand: named members first, then the committee's member units. */
    public record Body(GovernanceBody body, List<Agency> memberAgencies, List<GovernanceBody> memberBodies) {
    }

    public Page<Body> bodies(BodyKind kind, PageRequest request) {
        var query = kind == null
                ? GovernanceBody.<GovernanceBody>find("order by id")
                : GovernanceBody.<GovernanceBody>find("kind = ?1 order by id", kind);
        List<GovernanceBody> page = query.page(request.page(), request.size()).list();
        List<Agency> committee = committeeMembers();
        return new Page<>(page.stream().map(b -> resolve(b, committee)).toList(), request.page(), request.size(), query.count());
    }

    public Body body(String code) {
        GovernanceBody body = GovernanceBody.findByCode(code)
                .orElseThrow(() -> new ResourceNotFoundException("Governance body", "议事协调机构", code));
        return resolve(body, committeeMembers());
    }

    private static List<Agency> committeeMembers() {
        return Agency.list("committeeMember = true and active = true order by code");
    }

    private static Body resolve(GovernanceBody body, List<Agency> committee) {
        Map<String, Agency> agencies = new LinkedHashMap<>();
        List<GovernanceBody> bodies = new ArrayList<>();
        for (GovernanceBodyMember m : body.members) {
            if (m.agency != null) {
                agencies.putIfAbsent(m.agency.code, m.agency);
            } else {
                bodies.add(m.memberBody);
            }
        }
        if (body.includesCommitteeMembers) {
            committee.forEach(a -> agencies.putIfAbsent(a.code, a));
        }
        return new Body(body, List.copyOf(agencies.values()), List.copyOf(bodies));
    }
}
