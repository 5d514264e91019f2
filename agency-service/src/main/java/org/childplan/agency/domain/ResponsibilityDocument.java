package org.childplan.agency.domain;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who answers for what, as one document: the agencies with their aliases, the governance bodies, and for each plan
 * the units its domain headers name, written exactly as the plan writes them and resolved to agencies by name
 * or alias. It is the format of the import endpoint, and the seed ships in it (see responsibility-document.schema.json).
 */
@Schema(name = "ResponsibilityDocument",
        description = "Agencies, governance bodies and per-plan assignments; see /api/v1/responsibility-document-schema. 责任分工文件。")
public record ResponsibilityDocument(
        @Schema(required = true) String formatVersion,
        List<String> notes,
        @Schema(required = true) List<AgencyEntry> agencies,
        List<BodyEntry> governanceBodies,
        List<PlanEntry> plans) {

    public static final String FORMAT_VERSION = "1.0";

    public ResponsibilityDocument {
        notes = notes == null ? List.of() : notes;
        agencies = agencies == null ? List.of() : agencies;
        governanceBodies = governanceBodies == null ? List.of() : governanceBodies;
        plans = plans == null ? List.of() : plans;
    }

    @Schema(name = "ResponsibilityDocumentAgency")
    public record AgencyEntry(
            @Schema(required = true) String code,
            @Schema(required = true) String nameZh,
            String nameEn,
            List<String> aliases,
            @Schema(required = true) AgencyKind kind,
            @Schema(required = true) Boolean committeeMember,
            String contactPerson,
            String contactPhone,
            String contactEmail,
            String address,
            Boolean active,
            String note) {

        public AgencyEntry {
            aliases = aliases == null ? List.of() : aliases;
        }

        public Agency.Details details() {
            return new Agency.Details(nameZh, nameEn, kind, Boolean.TRUE.equals(committeeMember), contactPerson,
                    contactPhone, contactEmail, address, active == null || active, note);
        }
    }

    @Schema(name = "ResponsibilityDocumentGovernanceBody")
    public record BodyEntry(
            @Schema(required = true) String code,
            @Schema(required = true) String nameZh,
            String shortNameZh,
            String nameEn,
            @Schema(required = true) BodyKind kind,
            String parentCode,
            /* the lead unit as the plan names it, resolved like any unit name */
            String leadUnit,
            /* or the body that leads it */
            String leadBodyCode,
            String housedAtUnit,
            List<String> memberUnits,
            List<String> memberBodyCodes,
            Boolean includesCommitteeMembers,
            String dutiesZh,
            String sourceZh,
            String note) {

        public BodyEntry {
            memberUnits = memberUnits == null ? List.of() : memberUnits;
            memberBodyCodes = memberBodyCodes == null ? List.of() : memberBodyCodes;
        }
    }

    @Schema(name = "ResponsibilityDocumentPlan")
    public record PlanEntry(
            @Schema(required = true) String planCode,
            @Schema(required = true, description = "The validity start of every assignment of the plan that states none (all"
                    + " domain-level ones): for a county recording its responsibilities after the fact, the day they were really"
                    + " in force from (e.g. the plan's first day), so that past years can be monitored. Importing again with an"
                    + " earlier day moves the stored assignments' start back")
            LocalDate validFrom,
            List<DomainEntry> domains,
            List<AssignmentEntry> assignments) {

        public PlanEntry {
            domains = domains == null ? List.of() : domains;
            assignments = assignments == null ? List.of() : assignments;
        }
    }

    @Schema(name = "ResponsibilityDocumentDomain")
    public record DomainEntry(
            @Schema(required = true) String domainCode,
            @Schema(required = true) List<String> leadUnits,
            @Schema(required = true) List<String> responsibleUnits,
            List<String> dataProviderUnits) {

        public DomainEntry {
            leadUnits = leadUnits == null ? List.of() : leadUnits;
            responsibleUnits = responsibleUnits == null ? List.of() : responsibleUnits;
            dataProviderUnits = dataProviderUnits == null ? List.of() : dataProviderUnits;
        }

        public List<String> units(Role role) {
            return switch (role) {
                case LEAD -> leadUnits;
                case RESPONSIBLE -> responsibleUnits;
                case DATA_PROVIDER -> dataProviderUnits;
            };
        }

        public static String field(Role role) {
            return switch (role) {
                case LEAD -> "leadUnits";
                case RESPONSIBLE -> "responsibleUnits";
                case DATA_PROVIDER -> "dataProviderUnits";
            };
        }
    }

    /** An assignment at any scope, e.g. an indicator's data provider; {@code validFrom} defaults to the plan entry's. */
    @Schema(name = "ResponsibilityDocumentAssignment")
    public record AssignmentEntry(
            @Schema(required = true) String unit,
            @Schema(required = true) ScopeType scopeType,
            @Schema(required = true) String scopeCode,
            @Schema(required = true) Role role,
            LocalDate validFrom,
            LocalDate validTo,
            String note) {
    }
}
