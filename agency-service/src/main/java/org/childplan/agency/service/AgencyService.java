package org.childplan.agency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childplan.agency.domain.Agency;
import org.childplan.agency.domain.Names;
import org.childplan.agency.repository.AgencyRepository;
import org.childplan.platform.error.ConflictException;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.ResourceNotFoundException;
import org.childplan.platform.paging.Page;
import org.childplan.platform.paging.PageRequest;
import org.childplan.platform.revision.ExpectedRevision;
import org.childplan.platform.time.Timestamps;

/** The agency registry: agencies, their aliases, and finding an agency by any name a plan uses for it. */
@ApplicationScoped
public class AgencyService {

    /** A path segment of the agencies resource, so no agency may have it as its code. */
    public static final String RESERVED_CODE = "lookup";

    private final AgencyRepository agencies;
    private final EntityManager em;

    public AgencyService(AgencyRepository agencies, EntityManager em) {
        this.agencies = agencies;
        this.em = em;
    }

    public Page<Agency> agencies(AgencyRepository.Filter filter, PageRequest request) {
        return agencies.search(filter, request);
    }

    public Agency agency(String code) {
        return Agency.findByCode(code).orElseThrow(() -> notFound(code));
    }

    /** The agency a plan means by {@code name}: its Chinese name or one of its aliases, ignoring spaces and width. */
    public Agency lookup(String name) {
        return Agency.findByName(name).orElseThrow(() -> new ResourceNotFoundException(
                "No agency is named or aliased '" + name + "'", "没有名称或别名为“" + name + "”的单位"));
    }

    @Transactional
    public Agency create(String code, Agency.Details details, List<String> aliases) {
        lockRegistry(em);
        if (RESERVED_CODE.equals(code)) {
            throw InputValidationException.single("code", "'" + RESERVED_CODE + "' is reserved", "“" + RESERVED_CODE + "”为保留字，不能用作单位代码");
        }
        if (Agency.findByCode(code).isPresent()) {
            throw ConflictException.duplicate("Agency", "单位", code);
        }
        requireFreeNames(code, details.nameZh(), aliases);
        Agency agency = new Agency();
        agency.code = code;
        agency.apply(details, false);
        agency.replaceAliases(aliases);
        agency.persistAndFlush();
        return agency;
    }

    @Transactional
    public Agency update(String code, Agency.Details details, List<String> aliases, ExpectedRevision expected) {
        lockRegistry(em);
        Agency agency = agency(code);
        agency.lockForChange();
        expected.check(agency.revision);
        requireFreeNames(code, details.nameZh(), aliases);
        boolean changed = agency.apply(details, false);
        if (agency.replaceAliases(aliases) && !changed) {
            // alias rows are not the agency's own columns, yet a new alias must give the agency a new ETag
            agency.updatedAt = Timestamps.now();
        }
        agency.flush();
        return agency;
    }

    /** Agency writes and imports take this lock, so two of them can not give one name to two agencies. */
    static void lockRegistry(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('agency-registry'))").getSingleResult();
    }

    /** Every look-up name must lead to one agency only: its own name and aliases must not name another agency. */
    private static void requireFreeNames(String code, String nameZh, List<String> aliases) {
        List<FieldError> invalid = new ArrayList<>();
        List<FieldError> taken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(Names.key(nameZh));
        checkTaken(code, nameZh, "nameZh", taken);
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            String field = "aliases[" + i + "]";
            if (!seen.add(Names.key(alias))) {
                invalid.add(FieldError.of(field, "repeats the name or another alias: " + alias, "与名称或其他别名重复：" + alias));
            } else {
                checkTaken(code, alias, field, taken);
            }
        }
        if (!invalid.isEmpty()) {
            throw new InputValidationException(invalid);
        }
        if (!taken.isEmpty()) {
            throw new ConflictException(taken.size() + " name(s) already lead to another agency; see errors",
                    "有" + taken.size() + "个名称已属于其他单位，详见 errors", taken);
        }
    }

    private static void checkTaken(String code, String name, String field, List<FieldError> taken) {
        Optional<Agency> owner = Agency.findByName(name);
        if (owner.isPresent() && !owner.get().code.equals(code)) {
            taken.add(FieldError.of(field, "'" + name + "' already names agency " + owner.get().code,
                    "“" + name + "”已是单位" + owner.get().code + "的名称或别名"));
        }
    }

    static ResourceNotFoundException notFound(String code) {
        return new ResourceNotFoundException("Agency", "单位", code);
    }
}
