package org.vocbridge.ventures.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vocbridge.shared.files.FileStorage;
import org.vocbridge.shared.files.UploadCheck;
import org.vocbridge.shared.security.CurrentUser;
import org.vocbridge.ventures.FieldGroup;
import org.vocbridge.ventures.VentureSummary;

/** A venture's logo: a PNG, JPEG or WebP image of at most 1 MB, checked by its content, set by its keepers. */
@Service
@RequiredArgsConstructor
public class VentureLogos {

    static final long MAX_LOGO_BYTES = 1024 * 1024;

    private final VentureAccess access;
    private final FileStorage files;
    private final Ventures summaries;

    /** A stored logo with its checked media type. */
    public record Logo(byte[] content, String mediaType) {}

    @Transactional
    public VentureSummary set(CurrentUser user, long ventureId, byte[] content, String declaredType) {
        Venture venture = access.kept(user, ventureId);
        String mediaType = UploadCheck.check(
                "file",
                content,
                declaredType,
                Set.of(UploadCheck.PNG, UploadCheck.JPEG, UploadCheck.WEBP),
                MAX_LOGO_BYTES);
        venture.logo(files.store(content), mediaType);
        venture.confirm(FieldGroup.PROFILE);
        return summaries.summaries(List.of(venture)).get(0);
    }

    @Transactional
    public VentureSummary remove(CurrentUser user, long ventureId) {
        Venture venture = access.kept(user, ventureId);
        venture.logo(null, null);
        return summaries.summaries(List.of(venture)).get(0);
    }

    @Transactional(readOnly = true)
    public Optional<Logo> of(long ventureId) {
        Venture venture = access.require(ventureId);
        return venture.logoKey() == null
                ? Optional.empty()
                : files.read(venture.logoKey()).map(content -> new Logo(content, venture.logoType()));
    }
}
