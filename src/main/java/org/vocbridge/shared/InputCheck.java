package org.vocbridge.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects the problems of one input and throws them all at once; past the first
 * {@value #MAX_PROBLEMS}, no more are kept (an input with thousands of bad parts gets a short answer
 * quickly).
 */
public final class InputCheck {

    public static final int MAX_PROBLEMS = 50;

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    /** An update must name the version it was made on: without one it is incomplete, not a conflict. */
    public static void requireVersion(Long version) {
        if (version == null) {
            new InputCheck().reject("version", "error.required").throwIfAny();
        }
    }

    public InputCheck reject(String field, String code, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new InvalidInputException.FieldProblem(field, code, args));
        }
        return this;
    }

    /** Whether no further problem would be kept: a long check may stop here. */
    public boolean isFull() {
        return problems.size() >= MAX_PROBLEMS;
    }

    public InputCheck require(String field, Object value) {
        boolean missing = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof LocalizedText t && t.isEmpty());
        return missing ? reject(field, "error.required") : this;
    }

    /** A multilingual text that must have a text in at least one language. */
    public InputCheck requireText(String field, java.util.Map<String, String> texts) {
        boolean empty = texts == null || texts.values().stream().allMatch(t -> t == null || t.isBlank());
        return empty ? reject(field, "error.required") : this;
    }

    public InputCheck maxLength(String field, String value, int max) {
        return value != null && value.length() > max ? reject(field, "error.tooLong", max) : this;
    }

    /** A multilingual text read from input, refused when one of its tags is not a language tag. */
    public static LocalizedText localizedText(String field, java.util.Map<String, String> texts) {
        new InputCheck().localized(field, texts, Integer.MAX_VALUE).throwIfAny();
        return LocalizedText.of(texts);
    }

    /** Checks each language tag and the length of each text. */
    public InputCheck localized(String field, java.util.Map<String, String> texts, int max) {
        if (texts == null) {
            return this;
        }
        texts.forEach((tag, text) -> {
            if (!LocalizedText.isKnownLanguageTag(tag)) {
                reject(field, "error.languageTag", tag);
            } else if (text != null && text.length() > max) {
                reject(field, "error.tooLong", max);
            }
        });
        return this;
    }

    public <T> InputCheck allKnown(String field, Collection<T> values, Predicate<T> known, String code) {
        if (values != null) {
            values.stream().filter(v -> !known.test(v)).forEach(v -> reject(field, code, v));
        }
        return this;
    }

    /**
     * A sum of money: an ISO 4217 currency code goes with any amount, the amount is not negative,
     * below a quadrillion and has no more decimals than the currency has minor units.
     */
    public InputCheck money(String amountField, java.math.BigDecimal amount, String currencyField, String currency) {
        java.util.Currency known = currency == null ? null : CURRENCIES.get(currency);
        if (currency != null && known == null) {
            reject(currencyField, "error.money.currency", currency);
        } else if (amount != null && currency == null) {
            reject(currencyField, "error.required");
        }
        if (amount != null
                && (amount.signum() < 0
                        || amount.compareTo(java.math.BigDecimal.TEN.pow(15)) >= 0
                        || amount.stripTrailingZeros().scale()
                                > (known == null ? 2 : Math.max(known.getDefaultFractionDigits(), 0)))) {
            reject(amountField, "error.money.amount");
        }
        return this;
    }

    private static final java.util.Map<String, java.util.Currency> CURRENCIES =
            java.util.Currency.getAvailableCurrencies().stream()
                    .collect(
                            java.util.stream.Collectors.toUnmodifiableMap(java.util.Currency::getCurrencyCode, c -> c));

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
