package org.vocbridge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * A free-text query over multilingual fields. The query's script picks the analyzers: text with
 * Han characters is matched as CJK bigrams and smartcn words (never as single characters, which
 * would match anything containing them); other text is matched with English and Russian stemming
 * and ICU segmentation. Every word of the query must match (simple query string syntax: quotes
 * for phrases, {@code *} for prefixes, {@code |} for or, {@code -} to exclude, parentheses). No
 * other syntax is read (no fuzzy terms, no proximity), and a query's cost is bounded for everyone:
 * its first {@value #MAX_WORDS} words of its first {@value #MAX_LENGTH} characters are searched.
 *
 * <p>When a query finds nothing, a search may try {@link #similar} words: Latin and Cyrillic words
 * of {@value #FUZZY_FROM} letters or more match words one edit away (two from
 * {@value #TWO_EDITS_FROM} letters), their first letter as typed; Lucene expands each such word to
 * at most 50 indexed terms, so that query costs at most {@value #MAX_WORDS} bounded expansions.
 */
public final class TextQuery {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    /** The only query syntax read from user text. */
    private static final SimpleQueryFlag[] SYNTAX = {
        SimpleQueryFlag.AND,
        SimpleQueryFlag.OR,
        SimpleQueryFlag.NOT,
        SimpleQueryFlag.PHRASE,
        SimpleQueryFlag.PREFIX,
        SimpleQueryFlag.PRECEDENCE,
        SimpleQueryFlag.WHITESPACE,
        SimpleQueryFlag.ESCAPE
    };

    private TextQuery() {}

    /** The part of a query that is searched: its first {@value #MAX_WORDS} words of at most {@value #MAX_LENGTH} characters. */
    public static String bounded(String query) {
        String text = query.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
        }
        String[] words = text.split("\\s+");
        return words.length <= MAX_WORDS ? text : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }

    /** A simple query string over one field, reading only the syntax above from the bounded query. */
    public static SearchPredicate simple(SearchPredicateFactory f, String field, String query) {
        return f.simpleQueryString()
                .field(field)
                .matching(bounded(query))
                .flags(SYNTAX)
                .defaultOperator(BooleanOperator.AND)
                .toPredicate();
    }

    /** The shortest word matched with a typo; shorter words are too easily another word. */
    static final int FUZZY_FROM = 4;

    static final int TWO_EDITS_FROM = 8;

    /** The characters of the query syntax, which a word matched with typos leaves out. */
    private static final String SYNTAX_CHARACTERS = "\"*|-+()\\~";

    /** Whether {@link #similar} would match any word of the query with typos: not for Chinese text, short words or codes. */
    public static boolean toleratesTypos(String query) {
        return !hasHan(query)
                && words(query).stream()
                        .filter(w -> !w.startsWith("-"))
                        .map(TextQuery::plain)
                        .anyMatch(TextQuery::fuzzy);
    }

    /**
     * Matches the query's words, with typos where {@link #toleratesTypos} allows (see the class
     * comment), against the given properties: every word must match, the first property weighs
     * most, and words marked {@code -} are left out.
     */
    public static SearchPredicate similar(SearchPredicateFactory f, String query, String... properties) {
        var all = f.and();
        for (String word : words(query)) {
            boolean excluded = word.startsWith("-");
            String plain = plain(word);
            if (plain.isEmpty()) {
                continue;
            }
            boolean typos = !excluded && fuzzy(plain);
            int edits = plain.codePointCount(0, plain.length()) >= TWO_EDITS_FROM ? 2 : 1;
            var any = f.or();
            float boost = 2f * properties.length;
            for (String property : properties) {
                // a typo is a letter off the word as written, so it is matched in the unstemmed words
                for (String analyzer : typos ? List.of(MultilingualAnalysis.ICU) : analyzersFor(plain)) {
                    var match = f.match().field(property + "_" + analyzer).matching(plain);
                    any.add((typos ? match.fuzzy(edits, 1) : match).boost(boost).toPredicate());
                }
                boost = Math.max(1f, boost / 2);
            }
            all.add(excluded ? f.not(any) : any);
        }
        return all.toPredicate();
    }

    private static List<String> words(String query) {
        return Arrays.stream(bounded(query).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** A word without the characters of the query syntax. */
    private static String plain(String word) {
        // a fuzzy (~2) or proximity suffix is syntax that is not read
        return word.replaceFirst("~\\d*$", "")
                .codePoints()
                .filter(c -> SYNTAX_CHARACTERS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static boolean fuzzy(String word) {
        return word.codePointCount(0, word.length()) >= FUZZY_FROM
                && word.codePoints().allMatch(Character::isLetter)
                && (has(word, Character.UnicodeScript.LATIN) || has(word, Character.UnicodeScript.CYRILLIC));
    }

    public static boolean hasHan(String text) {
        return has(text, Character.UnicodeScript.HAN);
    }

    /**
     * The analyzers (field suffixes) that a query is matched with: CJK bigrams and smartcn words for
     * Han text; otherwise English stemming for Latin words, Russian stemming for Cyrillic ones, and
     * always ICU segmentation and folding (which also finds Latin words with diacritics, Cyrillic
     * words of other languages, and every other script). Each analyzer left out is a set of fields
     * the search does not have to read.
     */
    public static List<String> analyzersFor(String query) {
        if (hasHan(query)) {
            return List.of(MultilingualAnalysis.CJK, MultilingualAnalysis.CHINESE);
        }
        List<String> analyzers = new ArrayList<>();
        if (has(query, Character.UnicodeScript.LATIN)) {
            analyzers.add(MultilingualAnalysis.ENGLISH);
        }
        if (has(query, Character.UnicodeScript.CYRILLIC)) {
            analyzers.add(MultilingualAnalysis.RUSSIAN);
        }
        analyzers.add(MultilingualAnalysis.ICU);
        return analyzers;
    }

    /**
     * The one analyzer whose field shows where a query matched: each field holds the same text, so
     * highlighting one is enough; the one that matches the query's script marks the most words.
     */
    public static String highlightAnalyzerFor(String query) {
        return analyzersFor(query).get(0);
    }

    private static boolean has(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    /**
     * Matches the query against the given multilingual properties; the first property weighs most
     * (a match in a name ranks above a match in a description).
     */
    public static SearchPredicate predicate(SearchPredicateFactory f, String query, String... properties) {
        List<SearchPredicate> clauses = new ArrayList<>();
        float boost = 2f * properties.length;
        for (String property : properties) {
            for (String analyzer : analyzersFor(query)) {
                clauses.add(f.simpleQueryString()
                        .field(property + "_" + analyzer)
                        .matching(bounded(query))
                        .flags(SYNTAX)
                        .defaultOperator(BooleanOperator.AND)
                        .boost(boost)
                        .toPredicate());
            }
            boost = Math.max(1f, boost / 2);
        }
        var or = f.or();
        clauses.forEach(or::add);
        return or.toPredicate();
    }
}
