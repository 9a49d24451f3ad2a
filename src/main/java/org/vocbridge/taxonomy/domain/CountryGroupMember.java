package org.vocbridge.taxonomy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;

/** A country's membership of a group from one day to another (open-ended while it lasts). */
@Entity
@Table(name = "taxonomy_country_group_member")
@Getter
class CountryGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_code")
    CountryGroup group;

    private String country;

    private LocalDate validFrom;

    private LocalDate validTo;

    protected CountryGroupMember() {}

    CountryGroupMember(String country, LocalDate validFrom, LocalDate validTo) {
        this.country = country;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }
}
