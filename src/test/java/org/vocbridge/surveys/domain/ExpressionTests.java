package org.vocbridge.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionTests {

    static Expression.Context answers(Map<String, String> answers) {
        return new Expression.Context() {
            @Override
            public String answer(String name) {
                return answers.getOrDefault(name, "");
            }

            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 11, 22);
            }
        };
    }

    static Object eval(String source, Map<String, String> answers) {
        return Expression.parse(source).evaluate(answers(answers));
    }

    @Test
    void comparesArithmeticAndLogicAsXPathDoes() {
        Map<String, String> a = Map.of("age", "16", "country", "KZ", "hours", "7.5");
        assertThat(Expression.parse("${age} >= 14 and ${age} < 18").test(answers(a)))
                .isTrue();
        assertThat(Expression.parse("${age} < 14 or ${country} = 'KZ'").test(answers(a)))
                .isTrue();
        assertThat(Expression.parse("not(${country} != \"KZ\")").test(answers(a)))
                .isTrue();
        assertThat(Expression.parse("${hours} * 2 + 1").text(answers(a))).isEqualTo("16");
        assertThat(Expression.parse("${age} div 5").text(answers(a))).isEqualTo("3.2");
        assertThat(Expression.parse("${age} div 0").text(answers(a))).isEqualTo("Infinity");
        assertThat(Expression.parse("-${age} div 0").text(answers(a))).isEqualTo("-Infinity");
        assertThat(Expression.parse("${age} mod 5 = 1").test(answers(a))).isTrue();
        assertThat(Expression.parse("-(${age} - 20)").text(answers(a))).isEqualTo("4");
        assertThat(Expression.parse("(1 + 2) * 3 = 9").test(answers(a))).isTrue();
        assertThat(Expression.parse("${missing} > 3").test(answers(a)))
                .as("an unanswered question is not a number")
                .isFalse();
        assertThat(Expression.parse("${missing} = ''").test(answers(a))).isTrue();
    }

    @Test
    void readsChoicesTextLengthDatesAndConditions() {
        Map<String, String> a = Map.of("skills", "welding cnc", "name", "Айгерим", "born", "2010-05-01");
        assertThat(Expression.parse("selected(${skills}, 'cnc')").test(answers(a)))
                .isTrue();
        assertThat(Expression.parse("selected(${skills}, 'cooking')").test(answers(a)))
                .isFalse();
        assertThat(Expression.parse("count-selected(${skills})").text(answers(a)))
                .isEqualTo("2");
        assertThat(Expression.parse("count-selected(${none})").text(answers(a))).isEqualTo("0");
        assertThat(Expression.parse("string-length(${name})").text(answers(a))).isEqualTo("7");
        assertThat(Expression.parse("today()").text(answers(a))).isEqualTo("2026-11-22");
        assertThat(Expression.parse("${born} < today()").test(answers(a))).isTrue();
        assertThat(Expression.parse("(today() - ${born}) div 365.25 >= 16").test(answers(a)))
                .isTrue();
        assertThat(Expression.parse("if(${name} != '', 'named', 'anonymous')").text(answers(a)))
                .isEqualTo("named");
        assertThat(Expression.parse("if(false(), 1, true())").test(answers(a))).isTrue();
    }

    @Test
    void knowsTheAnswerBeingCheckedAndTheChoiceBeingFiltered() {
        Expression constraint = Expression.parse(". >= 10 and . <= 35");
        Expression.Context ctx = new Expression.Context() {
            @Override
            public String answer(String name) {
                return "";
            }

            @Override
            public String current() {
                return "16";
            }

            @Override
            public String choice(String column) {
                return column.equals("cf") ? "washington" : "";
            }
        };
        assertThat(constraint.test(ctx)).isTrue();
        Expression filter = Expression.parse("${state} = cf");
        assertThat(filter.references()).containsExactly("state");
        assertThat(filter.choiceColumns()).containsExactly("cf");
        assertThat(filter.test(new Expression.Context() {
                    @Override
                    public String answer(String name) {
                        return "washington";
                    }

                    @Override
                    public String choice(String column) {
                        return "washington";
                    }
                }))
                .isTrue();
    }

    @Test
    void saysWhereATextIsNotAnExpression() {
        assertThatThrownBy(() -> Expression.parse("${age > 3"))
                .isInstanceOfSatisfying(Expression.InvalidExpressionException.class, e -> {
                    assertThat(e.reason()).isEqualTo("error.expression.reference");
                    assertThat(e.position()).isEqualTo(2);
                });
        assertThat(reason("because pyxform doesn't know")).isEqualTo("error.expression.unexpected");
        assertThat(reason("(1 + 2")).isEqualTo("error.expression.parenthesis");
        assertThat(reason("'open")).isEqualTo("error.expression.string");
        assertThat(reason("pulldata('a', 'b')")).isEqualTo("error.expression.function");
        assertThat(reason("selected(${a})")).isEqualTo("error.expression.arguments");
        assertThat(reason("1 +")).isEqualTo("error.expression.incomplete");
        assertThat(reason(" ")).isEqualTo("error.expression.empty");
    }

    static String reason(String source) {
        try {
            Expression.parse(source);
            return null;
        } catch (Expression.InvalidExpressionException e) {
            return e.reason();
        }
    }
}
