package org.vocbridge.ventures.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.shared.security.CurrentUser;

/**
 * The exchange rates admins keep, by day, to show ventures' figures in the reader's currency: how
 * many units of a currency one US dollar bought. The US dollar itself is always 1.
 */
@Service
@RequiredArgsConstructor
public class ExchangeRates {

    private static final String USD = "USD";

    private final ExchangeRateRepository rates;

    /** A rate as listed and as sent. */
    public record Rate(String currency, LocalDate onDate, BigDecimal perUsd) {

        /** A rate as typed on the page: a text that is not a date or not a number is refused beside its field. */
        public static Rate typed(String currency, String onDate, String perUsd) {
            InputCheck check = new InputCheck();
            LocalDate day = null;
            BigDecimal rate = null;
            if (onDate != null && !onDate.isBlank()) {
                try {
                    day = LocalDate.parse(onDate.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    check.reject("onDate", "typeMismatch.java.time.LocalDate");
                }
            }
            if (perUsd != null && !perUsd.isBlank()) {
                try {
                    rate = new BigDecimal(perUsd.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    check.reject("perUsd", "typeMismatch.java.math.BigDecimal");
                }
            }
            check.throwIfAny();
            return new Rate(currency, day, rate);
        }
    }

    /** The latest rate of each currency, and the day it is of. */
    public record Latest(Map<String, Rate> rates) {

        /** The sum in another currency, if both currencies have a rate. */
        public Optional<BigDecimal> convert(BigDecimal amount, String from, String to) {
            if (from.equals(to)) {
                return Optional.of(amount);
            }
            Optional<BigDecimal> fromRate = perUsd(from);
            Optional<BigDecimal> toRate = perUsd(to);
            return fromRate.isEmpty() || toRate.isEmpty()
                    ? Optional.empty()
                    : Optional.of(amount.multiply(toRate.get()).divide(fromRate.get(), 2, RoundingMode.HALF_EVEN));
        }

        /** The day of the oldest of the rates that convert between the currencies (null for none). */
        public LocalDate asOf(java.util.Collection<String> currencies) {
            return currencies.stream()
                    .filter(c -> !c.equals(USD))
                    .map(rates::get)
                    .filter(java.util.Objects::nonNull)
                    .map(Rate::onDate)
                    .min(LocalDate::compareTo)
                    .orElse(null);
        }

        private Optional<BigDecimal> perUsd(String currency) {
            return USD.equals(currency)
                    ? Optional.of(BigDecimal.ONE)
                    : Optional.ofNullable(rates.get(currency)).map(Rate::perUsd);
        }
    }

    @Transactional(readOnly = true)
    public List<Rate> all() {
        return rates.findAllByOrderByKeyOnDateDescKeyCurrencyAsc().stream()
                .map(ExchangeRates::rate)
                .toList();
    }

    @Transactional(readOnly = true)
    public Latest latest() {
        return new Latest(
                rates.latest().stream().map(ExchangeRates::rate).collect(Collectors.toMap(Rate::currency, r -> r)));
    }

    /** An admin records a day's rate of a currency (again: the new figure replaces it). */
    @Transactional
    public Rate set(CurrentUser user, Rate rate) {
        user.requireAdmin();
        InputCheck check = new InputCheck();
        String currency =
                rate.currency() == null ? null : rate.currency().strip().toUpperCase(Locale.ROOT);
        check.require("currency", currency);
        check.money("perUsd", null, "currency", currency);
        check.require("perUsd", rate.perUsd());
        check.require("onDate", rate.onDate());
        if (rate.perUsd() != null
                && (rate.perUsd().signum() <= 0 || rate.perUsd().compareTo(BigDecimal.TEN.pow(12)) >= 0)) {
            check.reject("perUsd", "error.rate.positive");
        }
        if (USD.equals(currency)) {
            check.reject("currency", "error.rate.dollar");
        }
        if (rate.onDate() != null && rate.onDate().isAfter(LocalDate.now())) {
            check.reject("onDate", "error.rate.future");
        }
        check.throwIfAny();
        ExchangeRate stored = rates.findById(new ExchangeRate.Key(currency, rate.onDate()))
                .orElseGet(() -> new ExchangeRate(currency, rate.onDate()));
        stored.set(rate.perUsd(), user.username());
        return rate(rates.save(stored));
    }

    private static Rate rate(ExchangeRate r) {
        return new Rate(r.key().currency(), r.key().onDate(), r.perUsd());
    }
}
