package org.vocbridge.ventures.domain;

import java.time.Instant;
import java.util.Collection;
import org.vocbridge.ventures.NeedKind;
import org.vocbridge.ventures.NeedStatus;
import org.vocbridge.ventures.VentureKind;
import org.vocbridge.ventures.VentureStage;

/**
 * A {@link Ventures.Filter} as the list's query reads it ({@link VentureRepository#LISTED}): lists
 * that are never empty, with a flag for "any", and the cutoffs of freshness as of now.
 *
 * @param organizations an alliance's current members, whose ventures and graduates' ventures it lists
 * @param sought the statuses of a need still sought
 */
public record VentureListing(
        boolean anyCountry,
        Collection<String> countries,
        VentureKind kind,
        VentureStage stage,
        Integer readinessLevel,
        String sector,
        Integer sdg,
        Long college,
        boolean anyOrganization,
        Collection<Long> organizations,
        NeedKind need,
        Collection<NeedStatus> sought,
        boolean verifiedOnly,
        boolean freshOnly,
        Instant profileSince,
        Instant teamSince,
        Instant needsSince,
        Instant figuresSince) {}
