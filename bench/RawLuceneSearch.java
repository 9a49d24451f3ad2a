import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * A search API's queries run straight on the same Lucene indexes with an IndexSearcher: the same
 * analyzers (built from the same definitions as MultilingualAnalysis), chosen by the query's script,
 * the same fields and boosts as TextQuery and the same audience filter, top 20 hits. Prints latency
 * percentiles of one thread and the throughput of several, as the limit the API is measured beside.
 *
 *   java -cp <classpath> bench/RawLuceneSearch.java <index folders, comma-separated> <queries file> <threads> <seconds> [properties]
 *
 * The library searches {@code index/resource} in name, description and content (the default); the
 * global search searches every index in name and description.
 */
public class RawLuceneSearch {

    static final Map<String, Analyzer> ANALYZERS = analyzers();

    static Map<String, Analyzer> analyzers() {
        try {
            return Map.of(
                    "cjk", CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("cjkWidth")
                            .addTokenFilter("lowercase").addTokenFilter("cjkBigram", "outputUnigrams", "false").build(),
                    "zh", CustomAnalyzer.builder().withTokenizer("hmmChinese").addTokenFilter("lowercase").build(),
                    "ru", CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                            .addTokenFilter("snowballPorter", "language", "Russian").build(),
                    "en", CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                            .addTokenFilter("lowercase").addTokenFilter("porterStem").build(),
                    "icu", CustomAnalyzer.builder().withTokenizer("icu").addTokenFilter("icuFolding").build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Query query(String text, List<String> properties) {
        List<String> analyzers = new ArrayList<>();
        if (has(text, Character.UnicodeScript.HAN)) {
            analyzers.addAll(List.of("cjk", "zh"));
        } else {
            if (has(text, Character.UnicodeScript.LATIN)) {
                analyzers.add("en");
            }
            if (has(text, Character.UnicodeScript.CYRILLIC)) {
                analyzers.add("ru");
            }
            analyzers.add("icu");
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        float boost = 2f * properties.size();
        for (String property : properties) {
            for (String analyzer : analyzers) {
                SimpleQueryParser parser = new SimpleQueryParser(ANALYZERS.get(analyzer), property + "_" + analyzer);
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                Query parsed = parser.parse(text);
                if (parsed != null) {
                    or.add(new BoostQuery(parsed, boost), BooleanClause.Occur.SHOULD);
                }
            }
            boost = Math.max(1f, boost / 2);
        }
        if (text.matches("\\d{1,4}")) {
            or.add(new BoostQuery(new TermQuery(new Term("occupation", text)), 8f), BooleanClause.Occur.SHOULD);
            or.add(new BoostQuery(new TermQuery(new Term("field", text)), 8f), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(or.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("audience", "public")), BooleanClause.Occur.FILTER)
                .build();
    }

    static boolean has(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    public static void main(String[] args) throws Exception {
        List<String> properties = List.of((args.length > 4 ? args[4] : "name,description,content").split(","));
        List<Query> queries = Files.readAllLines(Path.of(args[1])).stream()
                .filter(l -> !l.isBlank())
                .map(text -> query(text, properties))
                .toList();
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<IndexReader> indexes = new ArrayList<>();
        for (String folder : args[0].split(",")) {
            indexes.add(DirectoryReader.open(FSDirectory.open(Path.of(folder))));
        }
        try (MultiReader reader = new MultiReader(indexes.toArray(IndexReader[]::new), true)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int i = 0; i < 3000; i++) {
                searcher.search(queries.get(i % queries.size()), 20);
            }
            long[] nanos = new long[5000];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                searcher.search(queries.get(i % queries.size()), 20);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            searches(searcher, queries, threads, seconds); // untimed, as the application is warmed up
            long done = searches(searcher, queries, threads, seconds);
            System.out.printf(
                    "documents=%d p50_ms=%.2f p99_ms=%.2f threads=%d qps=%.0f%n",
                    reader.numDocs(),
                    nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 99 / 100] / 1e6,
                    threads,
                    done / (double) seconds);
        }
    }

    /** How many searches the threads run in the given time, taking the queries in turn. */
    static long searches(IndexSearcher searcher, List<Query> queries, int threads, int seconds)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            Thread worker = new Thread(() -> {
                int i = offset;
                try {
                    while (System.nanoTime() < end) {
                        searcher.search(queries.get(i++ % queries.size()), 20);
                        done.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return done.get();
    }
}
