package org.vocbridge.search;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a long text (the words of an uploaded document) into one searchable field per analyzer,
 * {@code <field>_<analyzer>}, like {@link LocalizedTextBinder} but neither stored nor sortable: it is
 * found by {@link TextQuery} and never shown from the index.
 */
public class FullTextBinder implements PropertyBinder {

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        String property = context.paramOptional("field", String.class)
                .orElse(context.bridgedElement().name());
        List<IndexFieldReference<String>> fields = new ArrayList<>();
        for (String analyzer : MultilingualAnalysis.ANALYZERS) {
            fields.add(context.indexSchemaElement()
                    .field(
                            property + "_" + analyzer,
                            context.typeFactory().asString().analyzer(analyzer))
                    .toReference());
        }
        context.bridge(String.class, new Bridge(fields));
    }

    private record Bridge(List<IndexFieldReference<String>> fields) implements PropertyBridge<String> {
        @Override
        public void write(DocumentElement target, String text, PropertyBridgeWriteContext context) {
            if (text != null && !text.isBlank()) {
                fields.forEach(field -> target.addValue(field, text));
            }
        }
    }
}
