package org.vocbridge.surveys.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vocbridge.surveys.Questionnaire;

/**
 * The builder's edits of a questionnaire, each giving a new questionnaire: add or replace a
 * question (with its choice list), move an item up or down among its neighbours, remove one. Items
 * in sections are found by name like top-level ones.
 */
public final class QuestionnaireEdits {

    private QuestionnaireEdits() {}

    /**
     * Puts a question in place of the item named {@code replacing} (null to add it at the end, or
     * at the end of the section named {@code section}), with the choices of its list.
     */
    public static Questionnaire put(
            Questionnaire q,
            String replacing,
            String section,
            Questionnaire.Question question,
            List<Questionnaire.Choice> choices) {
        List<Questionnaire.Item> items;
        if (replacing != null) {
            items = map(q.items(), item -> item.name().equals(replacing) ? question : item);
        } else if (section != null && !section.isBlank()) {
            items = map(
                    q.items(),
                    item -> item instanceof Questionnaire.Section s && s.name().equals(section)
                            ? new Questionnaire.Section(
                                    s.name(),
                                    s.repeat(),
                                    s.label(),
                                    s.relevant(),
                                    s.appearance(),
                                    append(s.items(), question))
                            : item);
        } else {
            items = append(q.items(), question);
        }
        Map<String, List<Questionnaire.Choice>> lists = new LinkedHashMap<>(q.choices());
        if (question.listName() != null) {
            lists.put(question.listName(), List.copyOf(choices));
        }
        return with(q, items, lists);
    }

    /** Adds a section (a page) at the end. */
    public static Questionnaire addSection(Questionnaire q, Questionnaire.Section section) {
        return with(q, append(q.items(), section), q.choices());
    }

    /** Moves the named item one place up ({@code by} = -1) or down (+1) among its neighbours. */
    public static Questionnaire move(Questionnaire q, String name, int by) {
        return with(q, moved(q.items(), name, by), q.choices());
    }

    public static Questionnaire remove(Questionnaire q, String name) {
        return with(q, removed(q.items(), name), q.choices());
    }

    private static List<Questionnaire.Item> moved(List<Questionnaire.Item> items, String name, int by) {
        List<Questionnaire.Item> result = new ArrayList<>(items);
        for (int i = 0; i < result.size(); i++) {
            Questionnaire.Item item = result.get(i);
            if (item.name().equals(name)) {
                int j = i + by;
                if (j >= 0 && j < result.size()) {
                    result.set(i, result.get(j));
                    result.set(j, item);
                }
                return result;
            }
            if (item instanceof Questionnaire.Section s) {
                result.set(i, withItems(s, moved(s.items(), name, by)));
            }
        }
        return result;
    }

    private static List<Questionnaire.Item> removed(List<Questionnaire.Item> items, String name) {
        List<Questionnaire.Item> result = new ArrayList<>();
        for (Questionnaire.Item item : items) {
            if (item.name().equals(name)) {
                continue;
            }
            result.add(item instanceof Questionnaire.Section s ? withItems(s, removed(s.items(), name)) : item);
        }
        return result;
    }

    private static List<Questionnaire.Item> map(List<Questionnaire.Item> items, UnaryOperator<Questionnaire.Item> f) {
        List<Questionnaire.Item> result = new ArrayList<>();
        for (Questionnaire.Item item : items) {
            Questionnaire.Item mapped = f.apply(item);
            if (mapped == item && item instanceof Questionnaire.Section s) {
                mapped = withItems(s, map(s.items(), f));
            }
            result.add(mapped);
        }
        return result;
    }

    private static Questionnaire.Section withItems(Questionnaire.Section s, List<Questionnaire.Item> items) {
        return new Questionnaire.Section(s.name(), s.repeat(), s.label(), s.relevant(), s.appearance(), items);
    }

    private static List<Questionnaire.Item> append(List<Questionnaire.Item> items, Questionnaire.Item item) {
        List<Questionnaire.Item> result = new ArrayList<>(items);
        result.add(item);
        return result;
    }

    private static Questionnaire with(
            Questionnaire q, List<Questionnaire.Item> items, Map<String, List<Questionnaire.Choice>> choices) {
        return new Questionnaire(
                q.formId(), q.version(), q.title(), q.defaultLanguage(), q.languages(), items, choices);
    }
}
