package org.vocbridge.ventures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExchangeRateRepository extends JpaRepository<ExchangeRate, ExchangeRate.Key> {

    /** Each currency's latest rate. */
    @Query("""
            select r from ExchangeRate r
            where r.key.onDate = (select max(o.key.onDate) from ExchangeRate o where o.key.currency = r.key.currency)
            order by r.key.currency""")
    List<ExchangeRate> latest();

    List<ExchangeRate> findAllByOrderByKeyOnDateDescKeyCurrencyAsc();
}
