package org.vocbridge.matching.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Scores and their parts as the pages show them, in the reader's language: 9142 basis points is 91.42 (91,42 in Russian). */
@Component("matchScores")
class MatchScores {

    public String of(int basisPoints) {
        return MatchSentences.score(basisPoints, LocaleContextHolder.getLocale());
    }
}
