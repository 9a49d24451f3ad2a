package org.vocbridge.ventures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.domain.ExchangeRates;
import org.vocbridge.ventures.domain.VentureNumbers;

/** Ventures in numbers for an alliance or a college, and the exchange rates admins keep for it, as JSON. */
@RestController
@Tag(name = "Ventures")
@RequiredArgsConstructor
class VentureNumbersApiController {

    private final VentureNumbers numbers;
    private final ExchangeRates rates;

    @GetMapping("/api/v1/ventures/numbers")
    @Operation(
            summary = "Ventures in numbers",
            description = "For an alliance (its current members and their graduates' ventures) or a college: ventures "
                    + "by stage, jobs created (each venture's latest figure, and the verified part) and funding raised, "
                    + "in currency (ISO 4217, USD when left out) at the latest exchange rates (ratesOn); amounts in a "
                    + "currency without a rate are left out and named (notConverted).")
    VentureNumbers.Numbers numbers(
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) Long college,
            @RequestParam(required = false) String currency) {
        return numbers.of(alliance, college, currency);
    }

    @GetMapping("/api/v1/ventures/rates")
    @Operation(
            summary = "Exchange rates",
            description = "Units of each currency per US dollar by day, as admins recorded them, the latest first.")
    List<ExchangeRates.Rate> rates() {
        return rates.all();
    }

    @PutMapping("/api/v1/ventures/rates")
    @Operation(
            summary = "Record an exchange rate",
            description = "Admins: how many units of a currency (ISO 4217) one US dollar bought on a day (not in the "
                    + "future); a second figure for the same day replaces the first.")
    ExchangeRates.Rate setRate(@RequestBody ExchangeRates.Rate rate, CurrentUser user) {
        return rates.set(user, rate);
    }
}
