package org.childplan.agency.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childplan.platform.persistence.RevisedEntity;

/** A unit that can answer for part of a plan: a bureau, a Party department, a people's organisation, a court… */
@Entity
public class Agency extends RevisedEntity {

    @Column(nullable = false, unique = true)
    public String code;
    @Column(name = "name_zh", nullable = false)
    public String nameZh;
    @Column(name = "name_key", nullable = false, unique = true)
    public String nameKey;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;
    @Column(name = "committee_member", nullable = false)
    public boolean committeeMember;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "contact_email")
    public String contactEmail;
    public String address;
    @Column(nullable = false)
    public boolean active = true;
    public String note;
    @OneToMany(mappedBy = "agency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgencyAlias> aliases = new ArrayList<>();
    /** What can be set on an agency. */
    public record Details(String nameZh, String nameEn, AgencyKind kind, boolean committeeMember, String contactPerson,
                          String contactPhone, String contactEmail, String address, boolean active, String note) {
    }

    public static Optional<Agency> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The agency whose name or one of whose aliases is {@code name}, compared as {@link Names#key}. */
    public static Optional<Agency> findByName(String name) {
        String key = Names.key(name);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Agency.<Agency>find("nameKey", key).firstResultOptional()
                .or(() -> AgencyAlias.<AgencyAlias>find("aliasKey", key).firstResultOptional().map(a -> a.agency));
    }

    public List<String> aliasNames() {
        return aliases.stream().map(a -> a.alias).toList();
    }

    /** Copies the details onto this agency; with {@code keepContacts}, null contact fields leave the stored ones. True when anything changed. */
    public boolean apply(Details d, boolean keepContacts) {
        String person = keepContacts && d.contactPerson() == null ? contactPerson : d.contactPerson();
        String phone = keepContacts && d.contactPhone() == null ? contactPhone : d.contactPhone();
        String email = keepContacts && d.contactEmail() == null ? contactEmail : d.contactEmail();
        String addr = keepContacts && d.address() == null ? address : d.address();
        boolean changed = !Objects.equals(nameZh, d.nameZh()) || !Objects.equals(nameEn, d.nameEn()) || kind != d.kind()
                || committeeMember != d.committeeMember() || !Objects.equals(contactPerson, person)
                || !Objects.equals(contactPhone, phone) || !Objects.equals(contactEmail, email)
                || !Objects.equals(address, addr) || active != d.active() || !Objects.equals(note, d.note());
        if (changed) {
            nameZh = d.nameZh();
            nameKey = Names.key(d.nameZh());
            nameEn = d.nameEn();
            kind = d.kind();
            committeeMember = d.committeeMember();
            contactPerson = person;
            contactPhone = phone;
            contactEmail = email;
            address = addr;
            active = d.active();
            note = d.note();
        }
        return changed;
    }

    /** Adds the aliases this agency does not have yet (compared as keys); true when any was added. */
    public boolean addAliases(List<String> names) {
        boolean changed = false;
        for (String name : names) {
            String key = Names.key(name);
            if (key.equals(nameKey) || aliases.stream().anyMatch(a -> a.aliasKey.equals(key))) {
                continue;
            }
            AgencyAlias alias = new AgencyAlias();
            alias.agency = this;
            alias.alias = name.strip();
            alias.aliasKey = key;
            alias.position = aliases.stream().mapToInt(a -> a.position + 1).max().orElse(0);
            aliases.add(alias);
            changed = true;
        }
        return changed;
    }

    /** Makes the aliases exactly {@code names}, in that order; true when anything changed. */
    public boolean replaceAliases(List<String> names) {
        List<String> wanted = names.stream().map(String::strip).distinct().toList();
        if (aliasNames().equals(wanted)) {
            return false;
        }
        List<String> keys = wanted.stream().map(Names::key).toList();
        aliases.removeIf(a -> !keys.contains(a.aliasKey));
        for (int i = 0; i < wanted.size(); i++) {
            String key = keys.get(i);
            AgencyAlias alias = aliases.stream().filter(a -> a.aliasKey.equals(key)).findFirst().orElse(null);
            if (alias == null) {
                alias = new AgencyAlias();
                alias.agency = this;
                alias.aliasKey = key;
                aliases.add(alias);
            }
            alias.alias = wanted.get(i);
            alias.position = i;
        }
        aliases.sort(Comparator.comparingInt(a -> a.position));
        return true;
    }
}
