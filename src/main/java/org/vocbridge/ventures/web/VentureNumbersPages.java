package org.vocbridge.ventures.web;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.shared.web.Flash;
import org.vocbridge.ventures.domain.ExchangeRates;
import org.vocbridge.ventures.domain.VentureNumbers;

/** The pages of ventures in numbers for an alliance or a college, and of the exchange rates admins keep. */
@Controller
@RequiredArgsConstructor
class VentureNumbersPages {

    /** The currencies of the SCO and ASEAN regions and the common reserve ones, offered to readers. */
    private static final List<String> OFFERED = List.of(
            "USD", "EUR", "CNY", "RUB", "KZT", "KGS", "UZS", "TJS", "INR", "PKR", "IRR", "BYN", "MNT", "LAK", "KHR",
            "THB", "VND", "MYR", "IDR", "PHP", "SGD", "MMK", "BND");

    private final VentureNumbers numbers;
    private final ExchangeRates rates;
    private final DirectoryApi directory;

    @GetMapping("/ventures/numbers")
    String numbersPage(
            @RequestParam(required = false) Long alliance,
            @RequestParam(required = false) Long college,
            @RequestParam(required = false) String currency,
            Locale locale,
            Model model) {
        model.addAttribute("numbers", numbers.of(alliance, college, currency));
        model.addAttribute(
                "scope",
                alliance != null
                        ? directory.alliance(alliance).name()
                        : directory.organizations(List.of(college)).stream()
                                .findFirst()
                                .map(o -> o.name())
                                .orElseThrow(
                                        () -> new org.vocbridge.shared.NotFoundException("Organization", college)));
        model.addAttribute("alliance", alliance);
        model.addAttribute("college", college);
        model.addAttribute("currencies", currencies(locale));
        return "ventures/numbers";
    }

    @GetMapping("/ventures/rates")
    String ratesPage(CurrentUser user, Locale locale, Model model) {
        user.requireAdmin();
        model.addAttribute("rates", rates.all());
        model.addAttribute("currencies", currencies(locale));
        return "ventures/rates";
    }

    @PostMapping("/ventures/rates")
    String setRatePage(
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String onDate,
            @RequestParam(required = false) String perUsd,
            CurrentUser user,
            RedirectAttributes redirect) {
        user.requireAdmin();
        Flash.run(redirect, "rates.saved", () -> rates.set(user, ExchangeRates.Rate.typed(currency, onDate, perUsd)));
        return "redirect:/ventures/rates";
    }

    /** The currencies offered, and those with a rate, each with its name in the reader's language. */
    private List<CurrencyChoice> currencies(Locale locale) {
        TreeSet<String> codes = new TreeSet<>(OFFERED);
        rates.all().forEach(r -> codes.add(r.currency()));
        return codes.stream()
                .map(code -> new CurrencyChoice(code, Currency.getInstance(code).getDisplayName(locale)))
                .toList();
    }

    record CurrencyChoice(String code, String name) {}
}
