package org.vocbridge.search;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.vocbridge.shared.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indexes a multilingual text ({@code Map<String,String>} of language tag to text) into one field
 * per analyzer, {@code <property>_<analyzer>}, plus, for the name that lists sort by
 * ({@value #SORTED}), one sortable field per UI language,
 * {@code <property>_sort_<lang>}, holding the ICU collation key (hex, which keeps byte order) of the
 * text a reader of that language sees: pinyin order for Chinese, alphabetical order with Ё beside Е
 * for Russian. Beside it, {@code <property>_order_<lang>} holds the key's first eight bytes as a
 * number, in the same order: sorting by that number first, with Lucene's own sort, lets Lucene skip
 * through the number's points every record that can no longer reach the page, which Hibernate
 * Search's sorts never do; the whole key then orders names that start alike. The whole text is
 * also kept as JSON in {@code <property>_json}, so that lists can be
 * shown from the index alone.
 */
public class LocalizedTextBinder implements PropertyBinder {

    /** The one text that lists sort by; other texts (descriptions, summaries) get no sort keys. */
    public static final String SORTED = "name";

    /** The UI languages that lists can be sorted in. */
    public static final List<String> SORT_LANGUAGES = List.of("zh", "en", "ru");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A text as JSON, the form kept in the index. */
    public static String toJson(LocalizedText text) {
        return JSON.writeValueAsString(text.values());
    }

    /** Reads a text written by this binder's {@code <property>_json} field. */
    public static LocalizedText fromJson(String json) {
        return json == null ? LocalizedText.EMPTY : LocalizedText.of(JSON.readValue(json, STRING_MAP));
    }

    private static final tools.jackson.core.type.TypeReference<Map<String, String>> STRING_MAP =
            new tools.jackson.core.type.TypeReference<>() {};

    /**
     * Orders by name ({@code name_sort_<lang>}) in the reader's language, or in English when
     * lists cannot be sorted in it; records without the text last, then by id.
     */
    public static SortFinalStep sortByName(SearchSortFactory f, Locale locale) {
        String language = SORT_LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        String order = SORTED + "_order_" + language;
        String key = SORTED + "_sort_" + language;
        // the number first only lets Lucene skip records: the whole key alone gives the same order
        return f.extension()
                .ifSupported(
                        LuceneExtension.get(),
                        lucene -> byKey(
                                lucene.fromLuceneSortField(prunable(order)).then(), key))
                .orElse(other -> byKey(other, key));
    }

    private static SortFinalStep byKey(SearchSortFactory f, String key) {
        return f.field(key).missing().last().then().field("id");
    }

    /**
     * Lucene's own sort of a number field (Hibernate Search keeps a long's doc values as sorted
     * numerics beside its points): unlike Hibernate Search's sorts, it lets Lucene skip the records
     * that cannot reach the page once the page is full. Records without the number come last.
     */
    private static SortField prunable(String field) {
        SortField sort = new SortedNumericSortField(field, SortField.Type.LONG);
        sort.setMissingValue(Long.MAX_VALUE);
        return sort;
    }

    /**
     * The first eight bytes of a collation key as a signed number in the keys' order: bytes compare
     * unsigned, so the top bit is flipped; a shorter key is padded with zeros (ICU keys end with a
     * zero byte, below every weight, so a prefix still sorts first).
     */
    static long orderOf(byte[] key) {
        long order = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            order = (order << 8) | (i < key.length ? key[i] & 0xFF : 0);
        }
        return order ^ Long.MIN_VALUE;
    }

    /** Frozen (immutable, thread-safe) collators, one per sort language. */
    private static final List<Collator> COLLATORS = SORT_LANGUAGES.stream()
            .map(language -> {
                Collator collator = Collator.getInstance(new ULocale(language));
                collator.setStrength(Collator.SECONDARY);
                return collator.freeze();
            })
            .toList();

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        // the fields are named after the property, or after the "field" parameter when given
        String property = context.paramOptional("field", String.class)
                .orElse(context.bridgedElement().name());
        var factory = context.typeFactory();
        List<IndexFieldReference<String>> texts = new ArrayList<>();
        for (String analyzer : MultilingualAnalysis.ANALYZERS) {
            texts.add(context.indexSchemaElement()
                    .field(
                            property + "_" + analyzer,
                            factory.asString()
                                    .analyzer(analyzer)
                                    .highlightable(List.of(Highlightable.UNIFIED))
                                    .projectable(org.hibernate.search.engine.backend.types.Projectable.YES))
                    .multiValued()
                    .toReference());
        }
        List<IndexFieldReference<String>> sorts = new ArrayList<>();
        List<IndexFieldReference<Long>> orders = new ArrayList<>();
        for (String language : property.equals(SORTED) ? SORT_LANGUAGES : List.<String>of()) {
            sorts.add(context.indexSchemaElement()
                    .field(property + "_sort_" + language, factory.asString().sortable(Sortable.YES))
                    .toReference());
            orders.add(context.indexSchemaElement()
                    .field(property + "_order_" + language, factory.asLong().sortable(Sortable.YES))
                    .toReference());
        }
        IndexFieldReference<String> json = context.indexSchemaElement()
                .field(
                        property + "_json",
                        factory.asString()
                                .projectable(org.hibernate.search.engine.backend.types.Projectable.YES)
                                .searchable(org.hibernate.search.engine.backend.types.Searchable.NO))
                .toReference();
        context.bridge(Map.class, new Bridge(texts, sorts, orders, json));
    }

    private record Bridge(
            List<IndexFieldReference<String>> texts,
            List<IndexFieldReference<String>> sorts,
            List<IndexFieldReference<Long>> orders,
            IndexFieldReference<String> json)
            implements PropertyBridge<Map> {

        @Override
        @SuppressWarnings("unchecked")
        public void write(DocumentElement target, Map bridgedElement, PropertyBridgeWriteContext context) {
            if (bridgedElement == null) {
                return;
            }
            LocalizedText text = LocalizedText.of((Map<String, String>) bridgedElement);
            target.addValue(json, toJson(text));
            for (IndexFieldReference<String> field : texts) {
                text.texts().forEach(value -> target.addValue(field, value));
            }
            for (int i = 0; i < sorts.size(); i++) {
                String sortText = text.in(Locale.forLanguageTag(SORT_LANGUAGES.get(i)));
                if (!sortText.isEmpty()) {
                    String shortened = sortText.length() > 100 ? sortText.substring(0, 100) : sortText;
                    byte[] key = COLLATORS.get(i).getCollationKey(shortened).toByteArray();
                    target.addValue(sorts.get(i), HexFormat.of().formatHex(key));
                    target.addValue(orders.get(i), orderOf(key));
                }
            }
        }
    }
}
