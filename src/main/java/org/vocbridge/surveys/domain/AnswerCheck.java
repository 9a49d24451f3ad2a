package org.vocbridge.surveys.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vocbridge.shared.InputCheck;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

/**
 * Checks a response's answers against its questionnaire on the server, as the form's logic says:
 * answers to questions that are not relevant are left out, calculations are computed here, and a
 * relevant question must be answered when required, with a value of its type that satisfies its
 * constraint (a choice of its list, after its choice filter). Problems name the question.
 */
public final class AnswerCheck {

    /** The longest answer taken, unless the question's own constraint allows less. */
    static final int MAX_ANSWER_LENGTH = 10_000;

    private AnswerCheck() {}

    /**
     * The answers to keep; the problems of the questions {@code checked} accepts go to the check
     * (the others' invalid or missing answers are only left out, as for a page not reached yet).
     */
    static Map<String, String> check(
            Questionnaire q,
            Map<String, String> given,
            LocalDate today,
            java.util.function.Predicate<String> checked,
            InputCheck check) {
        Set<String> asked = new HashSet<>();
        collectNames(q.items(), asked);
        Set<String> repeated = new HashSet<>();
        q.repeats().forEach(r -> r.questions().forEach(x -> repeated.add(x.name())));
        int mostAnswers = asked.size() + repeated.size() * Questionnaire.Section.MAX_INSTANCES;
        if (given.size() > mostAnswers) {
            check.reject("answers", "error.survey.tooManyAnswers", mostAnswers);
            return Map.of();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        given.forEach((k, v) -> answers.put(k, v == null ? "" : v.strip()));
        for (String key : answers.keySet()) {
            if (check.isFull()) {
                break;
            }
            if (answers.get(key).length() > MAX_ANSWER_LENGTH) {
                check.reject("answers." + key, "error.tooLong", MAX_ANSWER_LENGTH);
            }
            String name = Questionnaire.questionOf(key);
            boolean known = key.equals(name)
                    ? asked.contains(name) && !repeated.contains(name)
                    : q.repeatOf(name)
                            .map(r -> key.substring(name.length() + 1).matches("[1-9]\\d{0,2}")
                                    && Integer.parseInt(key.substring(name.length() + 1))
                                            <= Questionnaire.instances(r, answers))
                            .orElse(false);
            if (!known) {
                check.reject("answers." + key, "error.survey.unknownQuestion", key);
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        walk(q, q.items(), true, answers, kept, today, "", checked, check);
        return kept;
    }

    /**
     * The names of the items (questions and sections) that are relevant with these answers; what is
     * not asked has no answer, also for the logic after it.
     */
    static Set<String> relevant(Questionnaire q, Map<String, String> given, LocalDate today) {
        Map<String, String> answers = new LinkedHashMap<>(given);
        Set<String> relevant = new HashSet<>();
        markRelevant(q.items(), true, answers, relevant, today, "");
        return relevant;
    }

    /** Marks what is relevant, by its answer's key ({@code suffix} is an instance's, for a repeated section's questions). */
    private static void markRelevant(
            List<Questionnaire.Item> items,
            boolean parentRelevant,
            Map<String, String> answers,
            Set<String> relevant,
            LocalDate today,
            String suffix) {
        for (Questionnaire.Item item : items) {
            boolean here = parentRelevant && relevant(item, answers, today);
            if (here) {
                relevant.add(item.name() + suffix);
            }
            if (item instanceof Questionnaire.Section s && s.repeat()) {
                int count = here ? Questionnaire.instances(s, answers) : 0;
                answers.put(s.name(), count == 0 ? "" : Integer.toString(count));
                for (int i = 1; i <= count; i++) {
                    markRelevant(
                            s.items(), true, Questionnaire.instanceAnswers(s, i, answers), relevant, today, "#" + i);
                }
            } else if (item instanceof Questionnaire.Section s) {
                markRelevant(s.items(), here, answers, relevant, today, suffix);
            } else if (!here) {
                answers.put(item.name(), "");
            } else if (item instanceof Questionnaire.Question c && c.type() == QuestionType.CALCULATE) {
                answers.put(c.name(), Expression.parse(c.calculation()).text(context(answers, "", today)));
            }
        }
    }

    private static void collectNames(List<Questionnaire.Item> items, Set<String> names) {
        for (Questionnaire.Item item : items) {
            names.add(item.name());
            if (item instanceof Questionnaire.Section s) {
                collectNames(s.items(), names);
            }
        }
    }

    /**
     * Checks the answers to these items in order; {@code answers} holds them by question name (for
     * a repeated section's instance, that instance's), {@code kept} gets them by key, which is the
     * name followed by {@code suffix} (the instance's, for a repeated section's questions).
     */
    private static void walk(
            Questionnaire q,
            List<Questionnaire.Item> items,
            boolean relevant,
            Map<String, String> answers,
            Map<String, String> kept,
            LocalDate today,
            String suffix,
            java.util.function.Predicate<String> checked,
            InputCheck allChecks) {
        for (Questionnaire.Item item : items) {
            String key = item.name() + suffix;
            InputCheck check = checked.test(key) ? allChecks : new InputCheck();
            boolean here = relevant && relevant(item, answers, today);
            if (item instanceof Questionnaire.Section s && s.repeat()) {
                String count = here ? answers.getOrDefault(s.name(), "") : "";
                if (!count.isEmpty() && !count.equals(Integer.toString(Questionnaire.instances(s, answers)))) {
                    check.reject(
                            "answers." + key,
                            "error.survey.repeatCount",
                            key,
                            count,
                            Questionnaire.Section.MAX_INSTANCES);
                    count = "";
                }
                answers.put(s.name(), count);
                if (!count.isEmpty() && !count.equals("0")) {
                    kept.put(s.name(), count);
                }
                for (int i = 1; i <= Questionnaire.instances(s, answers); i++) {
                    Map<String, String> instance = Questionnaire.instanceAnswers(s, i, answers);
                    walk(q, s.items(), true, instance, kept, today, "#" + i, checked, allChecks);
                }
                continue;
            }
            if (item instanceof Questionnaire.Section s) {
                walk(q, s.items(), here, answers, kept, today, suffix, checked, allChecks);
                continue;
            }
            Questionnaire.Question question = (Questionnaire.Question) item;
            String name = question.name();
            if (!here) {
                answers.put(name, ""); // what is not asked has no answer, also for the logic after it
                continue;
            }
            if (question.type() == QuestionType.CALCULATE) {
                String value = Expression.parse(question.calculation()).text(context(answers, "", today));
                answers.put(name, value);
                kept.put(key, value);
                continue;
            }
            if (question.type() == QuestionType.NOTE) {
                answers.put(name, "");
                continue;
            }
            String value = answers.getOrDefault(name, "");
            String field = "answers." + key;
            if (value.isEmpty()) {
                if (question.required()) {
                    check.reject(field, "error.survey.required", key);
                }
                continue;
            }
            if (!typed(q, question, value, answers, today)) {
                check.reject(field, "error.survey.type." + question.type().xlsForm, key, value);
                continue;
            }
            if (question.constraint() != null
                    && !Expression.parse(question.constraint()).test(context(answers, value, today))) {
                check.reject(field, "error.survey.constraint", key, value);
                continue;
            }
            kept.put(key, value);
        }
    }

    private static boolean relevant(Questionnaire.Item item, Map<String, String> answers, LocalDate today) {
        String relevant =
                item instanceof Questionnaire.Question q ? q.relevant() : ((Questionnaire.Section) item).relevant();
        return relevant == null || Expression.parse(relevant).test(context(answers, "", today));
    }

    private static boolean typed(
            Questionnaire q,
            Questionnaire.Question question,
            String value,
            Map<String, String> answers,
            LocalDate today) {
        return switch (question.type()) {
            case INTEGER -> value.matches("-?\\d{1,18}");
            case DECIMAL -> value.matches("-?\\d{1,18}(\\.\\d{1,10})?");
            case DATE -> {
                try {
                    LocalDate.parse(value);
                    yield true;
                } catch (java.time.DateTimeException e) {
                    yield false;
                }
            }
            case ACKNOWLEDGE -> value.equals("OK");
            case SELECT_ONE -> choices(q, question, answers, today).contains(value);
            case SELECT_MULTIPLE -> {
                List<String> picked = List.of(value.split("\\s+"));
                yield new HashSet<>(picked).size() == picked.size()
                        && choices(q, question, answers, today).containsAll(picked);
            }
            default -> true;
        };
    }

    /** The choices offered for a select question: its list, filtered by its choice filter. */
    /** The names of the choices a select question offers with these answers (its list after its choice filter). */
    public static List<String> offered(Questionnaire q, Questionnaire.Question question, Map<String, String> answers) {
        return choices(q, question, answers, LocalDate.now());
    }

    static List<String> choices(
            Questionnaire q, Questionnaire.Question question, Map<String, String> answers, LocalDate today) {
        List<String> names = new ArrayList<>();
        Expression filter = question.choiceFilter() == null ? null : Expression.parse(question.choiceFilter());
        for (Questionnaire.Choice choice : q.choices().getOrDefault(question.listName(), List.of())) {
            if (filter == null
                    || filter.test(new Expression.Context() {
                        @Override
                        public String answer(String name) {
                            return answers.getOrDefault(name, "");
                        }

                        @Override
                        public String choice(String column) {
                            return column.equals("name")
                                    ? choice.name()
                                    : choice.attributes().getOrDefault(column, "");
                        }

                        @Override
                        public LocalDate today() {
                            return today;
                        }
                    })) {
                names.add(choice.name());
            }
        }
        return names;
    }

    private static Expression.Context context(Map<String, String> answers, String current, LocalDate today) {
        return new Expression.Context() {
            @Override
            public String answer(String name) {
                return answers.getOrDefault(name, "");
            }

            @Override
            public String current() {
                return current;
            }

            @Override
            public LocalDate today() {
                return today;
            }
        };
    }
}
