package org.vocbridge.surveys.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/**
 * A questionnaire expression: the subset of XPath that XLSForm uses for relevance, constraints,
 * calculations, choice filters and defaults. {@code ${name}} refers to another question's answer,
 * {@code .} to the answer being checked and a bare name to a column of the choice being filtered;
 * literals are numbers and quoted strings; operators {@code or and = != < <= > >= + - * div mod};
 * functions {@code not, selected, count-selected, string-length, today, if}. Answers are text (a
 * multiple choice is its choices' names separated by spaces), read as numbers or dates as XPath does.
 *
 * <p>Longer than most classes here on purpose: the tokenizer, the recursive-descent parser and the
 * evaluation of each node are one small language, read and changed together; split, each part
 * would need the others' node types open to the whole package.
 */
@RequiredArgsConstructor
public final class Expression {

    private final String source;
    private final Node root;

    /** What an expression reads its values from. */
    public interface Context {

        /** The answer to the named question; empty when there is none. */
        String answer(String name);

        /** The answer being checked ({@code .}). */
        default String current() {
            return "";
        }

        /** A column of the choice being filtered (a bare name in a choice filter). */
        default String choice(String column) {
            return "";
        }

        default LocalDate today() {
            return LocalDate.now();
        }
    }

    /** Why a text is not an expression, and where (0-based character offset). */
    public static final class InvalidExpressionException extends RuntimeException {

        private final int position;
        private final String reason;

        InvalidExpressionException(int position, String reason) {
            super(reason + " at " + position);
            this.position = position;
            this.reason = reason;
        }

        public int position() {
            return position;
        }

        /** A message code: error.expression.… */
        public String reason() {
            return reason;
        }
    }

    static final Set<String> FUNCTIONS =
            Set.of("not", "selected", "count-selected", "string-length", "today", "if", "true", "false");

    public static Expression parse(String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidExpressionException(0, "error.expression.empty");
        }
        Parser parser = new Parser(source);
        Node root = parser.or();
        parser.skipSpace();
        if (parser.pos < source.length()) {
            throw new InvalidExpressionException(parser.pos, "error.expression.unexpected");
        }
        return new Expression(source, root);
    }

    public String source() {
        return source;
    }

    /** The questions it refers to with {@code ${name}}. */
    public Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        root.collect(names);
        return Collections.unmodifiableSet(names);
    }

    /** The bare names it uses: columns of a choice, which only a choice filter has. */
    public Set<String> choiceColumns() {
        Set<String> names = new LinkedHashSet<>();
        root.columns(names);
        return Collections.unmodifiableSet(names);
    }

    public Object evaluate(Context context) {
        return root.eval(context);
    }

    public boolean test(Context context) {
        return bool(evaluate(context));
    }

    public String text(Context context) {
        return string(evaluate(context));
    }

    @Override
    public String toString() {
        return source;
    }

    // ---- values, as XPath converts them

    static boolean bool(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        return !string(v).isEmpty();
    }

    static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = string(v).strip();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(s).toEpochDay(); // dates compare and count as days
            } catch (java.time.DateTimeException e) {
                return Double.NaN;
            }
        }
        try {
            return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String string(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            if (d.isInfinite()) {
                return d > 0 ? "Infinity" : "-Infinity"; // as XPath writes a division by zero
            }
            return d == Math.rint(d)
                    ? BigDecimal.valueOf(d).toBigInteger().toString()
                    : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    // ---- the tree

    private interface Node {
        Object eval(Context c);

        default void collect(Set<String> names) {}

        default void columns(Set<String> names) {}
    }

    private record Literal(Object value) implements Node {
        public Object eval(Context c) {
            return value;
        }
    }

    private record Reference(String name) implements Node {
        public Object eval(Context c) {
            return c.answer(name);
        }

        public void collect(Set<String> names) {
            names.add(name);
        }
    }

    private record Current() implements Node {
        public Object eval(Context c) {
            return c.current();
        }
    }

    private record ChoiceColumn(String column) implements Node {
        public Object eval(Context c) {
            return c.choice(column);
        }

        public void columns(Set<String> names) {
            names.add(column);
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        public Object eval(Context c) {
            if (op.equals("or")) {
                return bool(left.eval(c)) || bool(right.eval(c));
            }
            if (op.equals("and")) {
                return bool(left.eval(c)) && bool(right.eval(c));
            }
            Object a = left.eval(c);
            Object b = right.eval(c);
            return switch (op) {
                case "=", "!=" -> {
                    boolean equal;
                    if (a instanceof Boolean || b instanceof Boolean) {
                        equal = bool(a) == bool(b);
                    } else if (a instanceof Double || b instanceof Double) {
                        equal = number(a) == number(b);
                    } else {
                        equal = string(a).equals(string(b));
                    }
                    yield op.equals("=") == equal;
                }
                case "<" -> number(a) < number(b);
                case "<=" -> number(a) <= number(b);
                case ">" -> number(a) > number(b);
                case ">=" -> number(a) >= number(b);
                case "+" -> number(a) + number(b);
                case "-" -> number(a) - number(b);
                case "*" -> number(a) * number(b);
                case "div" -> number(a) / number(b);
                case "mod" -> number(a) % number(b);
                default -> throw new IllegalStateException(op);
            };
        }

        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }

        public void columns(Set<String> names) {
            left.columns(names);
            right.columns(names);
        }
    }

    private record Negation(Node operand) implements Node {
        public Object eval(Context c) {
            return -number(operand.eval(c));
        }

        public void collect(Set<String> names) {
            operand.collect(names);
        }

        public void columns(Set<String> names) {
            operand.columns(names);
        }
    }

    private record Call(String name, List<Node> args) implements Node {
        public Object eval(Context c) {
            return switch (name) {
                case "not" -> !bool(args.get(0).eval(c));
                case "selected" ->
                    List.of(string(args.get(0).eval(c)).strip().split("\\s+"))
                            .contains(string(args.get(1).eval(c)).strip());
                case "count-selected" -> {
                    String s = string(args.get(0).eval(c)).strip();
                    yield s.isEmpty() ? 0.0 : (double) s.split("\\s+").length;
                }
                case "string-length" ->
                    (double) string(args.get(0).eval(c))
                            .codePointCount(0, string(args.get(0).eval(c)).length());
                case "today" -> c.today().toString();
                case "true" -> true;
                case "false" -> false;
                case "if" ->
                    bool(args.get(0).eval(c))
                            ? args.get(1).eval(c)
                            : args.get(2).eval(c);
                default -> throw new IllegalStateException(name);
            };
        }

        public void collect(Set<String> names) {
            args.forEach(a -> a.collect(names));
        }

        public void columns(Set<String> names) {
            args.forEach(a -> a.columns(names));
        }
    }

    // ---- the parser: recursive descent over the grammar in the class comment

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean word(String w) {
            skipSpace();
            if (s.startsWith(w, pos)) {
                int end = pos + w.length();
                boolean alone = end >= s.length() || !nameChar(s.charAt(end));
                if (alone) {
                    pos = end;
                    return true;
                }
            }
            return false;
        }

        boolean symbol(String w) {
            skipSpace();
            if (s.startsWith(w, pos)) {
                pos += w.length();
                return true;
            }
            return false;
        }

        Node or() {
            Node left = and();
            while (word("or")) {
                left = new Binary("or", left, and());
            }
            return left;
        }

        Node and() {
            Node left = comparison();
            while (word("and")) {
                left = new Binary("and", left, comparison());
            }
            return left;
        }

        Node comparison() {
            Node left = additive();
            while (true) {
                String op = symbol("!=")
                        ? "!="
                        : symbol("<=")
                                ? "<="
                                : symbol(">=")
                                        ? ">="
                                        : symbol("=") ? "=" : symbol("<") ? "<" : symbol(">") ? ">" : null;
                if (op == null) {
                    return left;
                }
                left = new Binary(op, left, additive());
            }
        }

        Node additive() {
            Node left = multiplicative();
            while (true) {
                String op = symbol("+") ? "+" : symbol("-") ? "-" : null;
                if (op == null) {
                    return left;
                }
                left = new Binary(op, left, multiplicative());
            }
        }

        Node multiplicative() {
            Node left = unary();
            while (true) {
                String op = symbol("*") ? "*" : word("div") ? "div" : word("mod") ? "mod" : null;
                if (op == null) {
                    return left;
                }
                left = new Binary(op, left, unary());
            }
        }

        Node unary() {
            if (symbol("-")) {
                return new Negation(unary());
            }
            return primary();
        }

        Node primary() {
            skipSpace();
            if (pos >= s.length()) {
                throw new InvalidExpressionException(pos, "error.expression.incomplete");
            }
            char c = s.charAt(pos);
            if (symbol("${")) {
                int start = pos;
                while (pos < s.length() && nameChar(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (name.isEmpty() || !symbol("}")) {
                    throw new InvalidExpressionException(start, "error.expression.reference");
                }
                return new Reference(name);
            }
            if (c == '(') {
                pos++;
                Node inner = or();
                if (!symbol(")")) {
                    throw new InvalidExpressionException(pos, "error.expression.parenthesis");
                }
                return inner;
            }
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, pos + 1);
                if (end < 0) {
                    throw new InvalidExpressionException(pos, "error.expression.string");
                }
                String text = s.substring(pos + 1, end);
                pos = end + 1;
                return new Literal(text);
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)))) {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Literal(Double.parseDouble(s.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new InvalidExpressionException(start, "error.expression.number");
                }
            }
            if (c == '.') {
                pos++;
                return new Current();
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && nameChar(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (symbol("(")) {
                    if (!FUNCTIONS.contains(name)) {
                        throw new InvalidExpressionException(start, "error.expression.function");
                    }
                    List<Node> args = new ArrayList<>();
                    if (!symbol(")")) {
                        do {
                            args.add(or());
                        } while (symbol(","));
                        if (!symbol(")")) {
                            throw new InvalidExpressionException(pos, "error.expression.parenthesis");
                        }
                    }
                    int wanted =
                            switch (name) {
                                case "today", "true", "false" -> 0;
                                case "not", "count-selected", "string-length" -> 1;
                                case "selected" -> 2;
                                default -> 3;
                            };
                    if (args.size() != wanted) {
                        throw new InvalidExpressionException(start, "error.expression.arguments");
                    }
                    return new Call(name, args);
                }
                return new ChoiceColumn(name);
            }
            throw new InvalidExpressionException(pos, "error.expression.unexpected");
        }

        static boolean nameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
    }
}
