package org.vocbridge.surveys;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import org.vocbridge.shared.LocalizedText;

/**
 * A questionnaire's definition: its questions (in sections, some repeated) with their labels in
 * every language, the choice lists they draw on, and the expressions of their logic (kept as
 * source text, each checked by {@link Expression#parse}).
 *
 * @param formId a stable identifier, such as {@code sco_youth_2026}
 * @param languages the language tags its texts have, the default first
 * @param choices the choice lists by name
 */
public record Questionnaire(
        String formId,
        String version,
        LocalizedText title,
        String defaultLanguage,
        List<String> languages,
        List<Item> items,
        Map<String, List<Choice>> choices) {

    /** Every question, in order, also those in sections. */
    public List<Question> questions() {
        return questionsOf(items);
    }

    private static List<Question> questionsOf(List<Item> items) {
        List<Question> all = new java.util.ArrayList<>();
        eachItem(items, item -> {
            if (item instanceof Question q) {
                all.add(q);
            }
        });
        return all;
    }

    /** Visits the items in order, each section before its own items. */
    private static void eachItem(List<Item> items, java.util.function.Consumer<Item> visit) {
        for (Item item : items) {
            visit.accept(item);
            if (item instanceof Section s) {
                eachItem(s.items(), visit);
            }
        }
    }

    /**
     * The questions asked once per response, in order: all but those of repeated sections (whose
     * answers are per instance, under {@link #instanceKey}).
     */
    public List<Question> singleQuestions() {
        List<Question> all = questions();
        repeats().forEach(r -> all.removeAll(r.questions()));
        return all;
    }

    /** The repeated sections, in order. */
    public List<Section> repeats() {
        List<Section> all = new java.util.ArrayList<>();
        eachItem(items, item -> {
            if (item instanceof Section s && s.repeat()) {
                all.add(s);
            }
        });
        return all;
    }

    /** The repeated section a question is asked in, if it is. */
    public java.util.Optional<Section> repeatOf(String questionName) {
        return repeats().stream()
                .filter(r -> r.questions().stream().anyMatch(x -> x.name().equals(questionName)))
                .findFirst();
    }

    /**
     * The key of the answer to a question of a repeated section in its n-th instance (from 1). The
     * answer under the section's own name is how many instances the respondent added.
     */
    public static String instanceKey(String questionName, int instance) {
        return questionName + "#" + instance;
    }

    /** The question an answer's key is for: the key without its instance number. */
    public static String questionOf(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    /** How many instances of a repeated section these answers have (0 when the count is not a number). */
    public static int instances(Section repeat, Map<String, String> answers) {
        String count = answers.getOrDefault(repeat.name(), "");
        return count.matches("\\d{1,3}") ? Math.min(Integer.parseInt(count), Section.MAX_INSTANCES) : 0;
    }

    /**
     * The answers as the questions of an instance of a repeated section see them: each of its
     * questions' names stands for that instance's answer; every other answer is as given.
     */
    public static Map<String, String> instanceAnswers(Section repeat, int instance, Map<String, String> answers) {
        Map<String, String> scope = new java.util.LinkedHashMap<>(answers);
        for (Question question : repeat.questions()) {
            scope.put(question.name(), answers.getOrDefault(instanceKey(question.name(), instance), ""));
        }
        return scope;
    }

    public java.util.Optional<Question> question(String name) {
        return questions().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The choices of a select question's list. */
    public List<Choice> choicesOf(Question question) {
        return question.listName() == null ? List.of() : choices.getOrDefault(question.listName(), List.of());
    }

    /** A question or a section of questions. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Question.class, name = "question"),
        @JsonSubTypes.Type(value = Section.class, name = "section")
    })
    public sealed interface Item permits Question, Section {
        String name();

        LocalizedText label();

        /** When it is asked (an expression), or null for always. */
        String relevant();

        @com.fasterxml.jackson.annotation.JsonIgnore
        default boolean isSection() {
            return this instanceof Section;
        }
    }

    /**
     * One question.
     *
     * @param listName the choice list of a select question, else null
     * @param relevant when it is asked (an expression), or null for always
     * @param constraint what a valid answer satisfies ({@code .} is the answer), or null
     * @param calculation what a calculate question holds, or null
     */
    public record Question(
            String name,
            QuestionType type,
            String listName,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            LocalizedText requiredMessage,
            String relevant,
            String constraint,
            LocalizedText constraintMessage,
            String choiceFilter,
            String defaultValue,
            String appearance,
            String calculation)
            implements Item {}

    /** A group of questions, asked together; a repeat is asked as many times as the respondent adds it. */
    public record Section(
            String name, boolean repeat, LocalizedText label, String relevant, String appearance, List<Item> items)
            implements Item {

        /** The most instances of a repeated section one response may have. */
        public static final int MAX_INSTANCES = 50;

        /** Its questions, also those in its sections. */
        public List<Question> questions() {
            return questionsOf(items);
        }
    }

    /**
     * One choice of a list.
     *
     * @param attributes its other columns, which a choice filter may read
     */
    public record Choice(String name, LocalizedText label, Map<String, String> attributes) {}
}
