package org.vocbridge.cooperation.domain;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.AgreementChanged;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.library.ProducingAgreements;
import org.vocbridge.library.ResourceKind;
import org.vocbridge.library.ResourcePublished;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.shared.security.CurrentUser;

/**
 * Agreements as the library sees them: a resource may name an agreement its writer can see as the
 * one that produced it, and once published it is among that agreement's outputs, linked by its id.
 */
@Component
@RequiredArgsConstructor
class LibraryOutputs implements ProducingAgreements {

    /** How outputs name library resources. */
    static final String RECORD_TYPE = "library.resource";

    private final AgreementAccess access;
    private final AgreementRepository agreements;
    private final AgreementOutputRepository outputs;
    private final ApplicationEventPublisher events;

    @Override
    public boolean visibleTo(long agreementId, CurrentUser user) {
        return access.canSee(user, agreementId);
    }

    @Override
    public Optional<LocalizedText> title(long agreementId, CurrentUser user) {
        if (!access.canSee(user, agreementId)) {
            return Optional.empty();
        }
        return agreements.findById(agreementId).map(Agreement::title);
    }

    /**
     * Records the published resource as an output of the agreement it names, or brings the output
     * up to date when it is published again; delivered again after a failure, it changes nothing twice.
     */
    @ApplicationModuleListener
    void on(ResourcePublished published) {
        if (published.agreementId() == null) {
            return;
        }
        agreements.findById(published.agreementId()).ifPresent(agreement -> {
            OutputDraft draft = new OutputDraft(
                    kind(published.kind()),
                    published.title().values(),
                    published.year(),
                    RECORD_TYPE,
                    published.resourceId(),
                    null);
            outputs.findByAgreementIdAndRecordTypeAndRecordId(agreement.id(), RECORD_TYPE, published.resourceId())
                    .ifPresentOrElse(
                            output -> output.describe(draft),
                            () -> outputs.save(new AgreementOutput(agreement.id(), draft, "library")));
            events.publishEvent(new AgreementChanged(agreement.id(), agreement.allianceId()));
        });
    }

    private static OutputKind kind(ResourceKind kind) {
        return switch (kind) {
            case OCCUPATIONAL_STANDARD -> OutputKind.OCCUPATIONAL_STANDARD;
            case COURSE_STANDARD -> OutputKind.COURSE_STANDARD;
            case COURSE, SHORT_COURSE_PACKAGE, CURRICULUM -> OutputKind.COURSE;
            case TEXTBOOK -> OutputKind.TEXTBOOK;
            case GOOD_PRACTICE, REPORT, PAPER, RECORDING -> OutputKind.OTHER;
        };
    }
}
