package org.vocbridge.ventures.web;

import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;
import org.vocbridge.ventures.domain.Ventures;

/** The list of ventures' query parameters, the same for the page and the API. */
record VentureQuery(
        String country,
        String countryGroup,
        VentureKind kind,
        VentureStage stage,
        Integer readinessLevel,
        String sector,
        Integer sdg,
        NeedKind need,
        Long college,
        Long alliance,
        Boolean verifiedOnly,
        Boolean freshOnly,
        Integer page,
        Integer size) {

    VentureQuery {
        page = page == null ? 0 : page;
        size = size == null ? 20 : size;
    }

    Ventures.Filter filter() {
        return new Ventures.Filter(
                country,
                countryGroup,
                kind,
                stage,
                readinessLevel,
                sector,
                sdg,
                need,
                college,
                alliance,
                Boolean.TRUE.equals(verifiedOnly),
                Boolean.TRUE.equals(freshOnly));
    }
}
