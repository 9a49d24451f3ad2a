package org.vocbridge.ventures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/** How many units of a currency one US dollar bought on a day, as an admin recorded it. */
@Entity
@Table(name = "ventures_exchange_rate")
@Getter
class ExchangeRate {

    @Embeddable
    record Key(String currency, @Column(name = "on_date") LocalDate onDate) implements Serializable {}

    @EmbeddedId
    private Key key;

    private BigDecimal perUsd;
    private String setBy;
    private Instant setAt;

    protected ExchangeRate() {}

    ExchangeRate(String currency, LocalDate onDate) {
        this.key = new Key(currency, onDate);
    }

    void set(BigDecimal perUsd, String setBy) {
        this.perUsd = perUsd;
        this.setBy = setBy;
        this.setAt = Instant.now();
    }
}
