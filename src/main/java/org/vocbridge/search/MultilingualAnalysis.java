package org.vocbridge.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers behind every multilingual field. A text is indexed by all of them, whatever
 * language it is tagged with, so that mis-tagged or untagged text is still found:
 *
 * <ul>
 *   <li>{@code cjk}: CJK bigrams, so that 职业教育 matches inside longer compounds such as
 *       中国职业教育学会 that a dictionary segmenter keeps whole;
 *   <li>{@code zh}: smartcn word segmentation, for ranking whole words higher;
 *   <li>{@code ru}: Russian stemming (образование, образования, образованием);
 *   <li>{@code en}: English stemming;
 *   <li>{@code icu}: ICU word segmentation and folding for Thai, Lao, Khmer, Myanmar and the rest.
 * </ul>
 */
public class MultilingualAnalysis implements LuceneAnalysisConfigurer {

    public static final String CJK = "cjk";
    public static final String CHINESE = "zh";
    public static final String RUSSIAN = "ru";
    public static final String ENGLISH = "en";
    public static final String ICU = "icu";

    /** Every analyzer a multilingual field is indexed with; the field suffix is the analyzer name. */
    public static final java.util.List<String> ANALYZERS = java.util.List.of(CJK, CHINESE, RUSSIAN, ENGLISH, ICU);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CJK)
                .custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram")
                .param("outputUnigrams", "false");
        context.analyzer(CHINESE).custom().tokenizer("hmmChinese").tokenFilter("lowercase");
        context.analyzer(RUSSIAN)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter")
                .param("language", "Russian");
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("porterStem");
        context.analyzer(ICU).custom().tokenizer("icu").tokenFilter("icuFolding");
    }
}
