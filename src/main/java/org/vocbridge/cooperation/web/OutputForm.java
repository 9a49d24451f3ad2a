package org.vocbridge.cooperation.web;

import java.util.List;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.cooperation.domain.OutputDraft;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.web.TranslationRow;

/** The page form of an output: its kind, a title in any languages, the year and a link. */
record OutputForm(OutputKind kind, List<TranslationRow> title, Integer year, String url) {

    static OutputForm empty() {
        return new OutputForm(null, TranslationRow.rows(LocalizedText.EMPTY), null, "");
    }

    OutputDraft draft() {
        return new OutputDraft(kind, TranslationRow.toMap(title), year, null, null, url);
    }
}
