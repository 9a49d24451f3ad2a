package org.vocbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Fuzzing of the search box: whatever a visitor types is cut to its bounded part, and the syntax the
 * platform reads from it (AND, OR, NOT, phrases, prefixes, precedence, escapes; no fuzzy or proximity
 * terms, see {@link TextQuery}) parses into a query that Lucene runs without hitting its clause limit.
 * Without {@code JAZZER_FUZZ} this runs the committed inputs as a regression test (see fuzz/README.md).
 */
class TextQueryFuzzTests {

    /** Lucene's names for the syntax that {@link TextQuery} lets Hibernate Search read from user text. */
    private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private static final StandardAnalyzer ANALYZER = new StandardAnalyzer();
    private static final IndexSearcher SEARCHER = searcher();

    private static IndexSearcher searcher() {
        try {
            Directory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
                for (String text : new String[] {
                    "Chongqing Water Resources and Electric Engineering College",
                    "Luban Workshop in Tajikistan: electrical automation",
                    "Союз профессионального образования ШОС",
                    "重庆水利电力职业技术学院 鲁班工坊",
                    "a b c d e f g h i j k l m n o p q r s t u v w x y z aa ab ac ad ae"
                }) {
                    Document document = new Document();
                    document.add(new TextField("text", text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyTextIsBoundedAndRunsAsAQuery(byte[] bytes) throws IOException {
        String typed = new String(bytes, StandardCharsets.UTF_8);
        String bounded = TextQuery.bounded(typed);
        assertThat(bounded.codePointCount(0, bounded.length())).isLessThanOrEqualTo(TextQuery.MAX_LENGTH);
        assertThat(bounded.isBlank() ? 0 : bounded.split("\\s+").length).isLessThanOrEqualTo(TextQuery.MAX_WORDS);
        TextQuery.analyzersFor(bounded);
        TextQuery.highlightAnalyzerFor(bounded);

        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, java.util.Map.of("text", 1f), SYNTAX);
        Query query = parser.parse(bounded);
        if (query != null) {
            SEARCHER.count(query);
        }
    }
}
