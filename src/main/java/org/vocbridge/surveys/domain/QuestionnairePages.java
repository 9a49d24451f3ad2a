package org.vocbridge.surveys.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.surveys.QuestionType;
import org.vocbridge.surveys.Questionnaire;

/**
 * A questionnaire as a respondent goes through it, page by page: which pages it has, which of them
 * the answers so far make relevant, and the instances of its repeated sections.
 */
public final class QuestionnairePages {

    private QuestionnairePages() {}

    /**
     * A page of the questionnaire: a top-level section, or a top-level question on its own.
     *
     * @param title the section's label, or null for a question's page
     */
    public record Page(int index, String name, LocalizedText title, List<Questionnaire.Item> items) {}

    /**
     * The pages of a questionnaire: each top-level section (a repeated one with all its instances),
     * and each top-level question other than a calculation.
     */
    public static List<Page> pages(Questionnaire q) {
        List<Page> pages = new ArrayList<>();
        for (Questionnaire.Item item : q.items()) {
            if (item instanceof Questionnaire.Section s && s.repeat()) {
                pages.add(new Page(pages.size(), s.name(), null, List.of(s))); // the section heads its instances
            } else if (item instanceof Questionnaire.Section s) {
                pages.add(new Page(pages.size(), s.name(), s.label(), s.items()));
            } else if (((Questionnaire.Question) item).type() != QuestionType.CALCULATE) {
                pages.add(new Page(pages.size(), item.name(), null, List.of(item)));
            }
        }
        return pages;
    }

    /**
     * How long answering takes at most, and how many questions there are at most (skip logic asks
     * fewer): seconds per question by its type, a repeated section counted once, whole minutes up.
     */
    public record Length(int questions, int minutes) {}

    public static Length length(Questionnaire q) {
        int[] questionsAndSeconds = new int[2];
        count(q.items(), questionsAndSeconds);
        return new Length(questionsAndSeconds[0], Math.max(1, (questionsAndSeconds[1] + 59) / 60));
    }

    private static void count(List<Questionnaire.Item> items, int[] questionsAndSeconds) {
        for (Questionnaire.Item item : items) {
            if (item instanceof Questionnaire.Section s) {
                count(s.items(), questionsAndSeconds);
            } else if (item instanceof Questionnaire.Question question) {
                int seconds =
                        switch (question.type()) {
                            case SELECT_ONE -> 8;
                            case SELECT_MULTIPLE -> 12;
                            case TEXT ->
                                question.appearance() != null
                                                && question.appearance().contains("multiline")
                                        ? 60
                                        : 20;
                            case INTEGER, DECIMAL, DATE -> 10;
                            case NOTE, ACKNOWLEDGE -> 5;
                            case CALCULATE -> 0;
                        };
                if (seconds > 0 && question.type() != QuestionType.NOTE) {
                    questionsAndSeconds[0]++;
                }
                questionsAndSeconds[1] += seconds;
            }
        }
    }

    /** The first page from {@code from} on that has a relevant question; the page count when none has. */
    static int firstRelevant(Questionnaire q, Map<String, String> answers, int from) {
        List<Page> pages = pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, answers, LocalDate.now());
        for (int i = from; i < pages.size(); i++) {
            if (hasRelevantQuestion(pages.get(i).items(), relevant)) {
                return i;
            }
        }
        return pages.size();
    }

    static int previousRelevant(Questionnaire q, Map<String, String> answers, int before) {
        List<Page> pages = pages(q);
        Set<String> relevant = AnswerCheck.relevant(q, answers, LocalDate.now());
        for (int i = Math.min(before, pages.size()) - 1; i >= 0; i--) {
            if (hasRelevantQuestion(pages.get(i).items(), relevant)) {
                return i;
            }
        }
        return Math.min(before, Math.max(0, pages.size() - 1));
    }

    static boolean hasRelevantQuestion(List<Questionnaire.Item> items, Set<String> relevant) {
        for (Questionnaire.Item item : items) {
            if (!relevant.contains(item.name())) {
                continue;
            }
            if (item instanceof Questionnaire.Section s
                    ? s.repeat() || hasRelevantQuestion(s.items(), relevant)
                    : ((Questionnaire.Question) item).type() != QuestionType.CALCULATE) {
                return true;
            }
        }
        return false;
    }

    /** The keys of the answers to an item, with the instances of a repeated section these answers have. */
    static void keys(Questionnaire.Item item, Map<String, String> answers, Set<String> keys) {
        if (item instanceof Questionnaire.Section s && s.repeat()) {
            for (int i = 1; i <= Questionnaire.instances(s, answers); i++) {
                for (Questionnaire.Question question : s.questions()) {
                    keys.add(Questionnaire.instanceKey(question.name(), i));
                }
            }
        } else if (item instanceof Questionnaire.Section s) {
            s.items().forEach(i -> keys(i, answers, keys));
        } else {
            keys.add(item.name());
        }
    }

    static Optional<Questionnaire.Section> repeatOn(List<Questionnaire.Item> items, String name) {
        for (Questionnaire.Item item : items) {
            if (item instanceof Questionnaire.Section s) {
                if (s.repeat() && s.name().equals(name)) {
                    return Optional.of(s);
                }
                var inside = repeatOn(s.items(), name);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    static void addInstance(Questionnaire.Section repeat, Map<String, String> answers) {
        int count = Questionnaire.instances(repeat, answers);
        if (count < Questionnaire.Section.MAX_INSTANCES) {
            answers.put(repeat.name(), Integer.toString(count + 1));
        }
    }

    static void removeInstance(Questionnaire.Section repeat, int instance, Map<String, String> answers) {
        int count = Questionnaire.instances(repeat, answers);
        if (instance < 1 || instance > count) {
            return;
        }
        for (Questionnaire.Question question : repeat.questions()) {
            for (int i = instance; i < count; i++) {
                answers.put(
                        Questionnaire.instanceKey(question.name(), i),
                        answers.getOrDefault(Questionnaire.instanceKey(question.name(), i + 1), ""));
            }
            answers.remove(Questionnaire.instanceKey(question.name(), count));
        }
        answers.put(repeat.name(), Integer.toString(count - 1));
    }
}
