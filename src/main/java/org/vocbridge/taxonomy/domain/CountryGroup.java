package org.vocbridge.taxonomy.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/** A group of countries kept as data, so that a new member or partner needs no new code. */
@Entity
@Table(name = "taxonomy_country_group")
@Getter
class CountryGroup {

    @Id
    private String code;

    @Version
    private long version;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> description;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("country, validFrom")
    private List<CountryGroupMember> members = new ArrayList<>();

    protected CountryGroup() {}

    CountryGroup(String code) {
        this.code = code;
    }

    public LocalizedText name() {
        return LocalizedText.of(name);
    }

    public LocalizedText description() {
        return LocalizedText.of(description);
    }

    public void rename(LocalizedText name, LocalizedText description) {
        this.name = name.values();
        this.description = description.values();
    }

    public void replaceMembers(List<CountryGroupMember> newMembers) {
        members.clear();
        newMembers.forEach(m -> {
            m.group = this;
            members.add(m);
        });
    }
}
