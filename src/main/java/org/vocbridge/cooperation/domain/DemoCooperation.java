package org.vocbridge.cooperation.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vocbridge.cooperation.AgreementStatus;
import org.vocbridge.cooperation.CooperationType;
import org.vocbridge.cooperation.OutputKind;
import org.vocbridge.cooperation.PartyRole;
import org.vocbridge.cooperation.domain.AgreementDraft.PartyDraft;
import org.vocbridge.cooperation.domain.AgreementDraft.ProgrammeDraft;
import org.vocbridge.cooperation.domain.AgreementDraft.Signing;
import org.vocbridge.cooperation.domain.AgreementDraft.StageDraft;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements named in the seed articles, loaded once after the directory demo: the nine
 * Yangtze Workshop projects signed in Yongchuan on 12 December 2023, the cooperation intention of
 * the China Overseas Development Association with the China–SCO centre, and the western
 * five-province signing of 7 November 2024. Which college signed with which partner, the joint
 * programmes and the yearly figures are not in the articles: they are plausible demo records,
 * marked as demo figures wherever they show.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoCooperation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCooperation.class);
    static final String LOAD_NAME = "cooperation-demo-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final Agreements agreements;
    private final ProgressReports reports;
    private final AgreementOutputs outputs;

    record DemoData(List<DemoAgreement> agreements) {}

    record DemoParty(String organization, PartyRole role) {}

    record DemoStage(String organization, int years) {}

    record DemoProgramme(
            Map<String, String> name,
            List<DemoStage> stages,
            Map<String, String> credentials,
            Integer intakePerYear,
            List<String> languages) {}

    record DemoReport(
            int year,
            int studentsEnrolled,
            int graduates,
            int teachersTrained,
            int coursesDeveloped,
            int standardsDeveloped,
            int studyTourParticipants,
            Map<String, String> narrative) {}

    record DemoOutput(OutputKind kind, Integer year, Map<String, String> title) {}

    record DemoAgreement(
            Map<String, String> title,
            Map<String, String> summary,
            String alliance,
            List<DemoParty> parties,
            Set<CooperationType> types,
            Set<String> fields,
            LocalDate signedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            Map<String, String> place,
            String signatories,
            Map<String, String> ceremony,
            AgreementStatus status,
            List<DemoProgramme> programmes,
            List<DemoReport> reports,
            List<DemoOutput> outputs) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the cooperation demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/cooperation.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new HashSet<>();
        data.agreements().forEach(a -> a.parties().forEach(p -> names.add(p.organization())));
        Map<String, Long> ids = directory.organizationIdsByName(names);
        if (!ids.keySet().containsAll(names)) {
            // the directory demo is not there (it was switched off or edited away): nothing to link to
            log.warn("Cooperation demo data skipped: organizations missing from the directory");
            return;
        }
        for (DemoAgreement a : data.agreements()) {
            Long allianceId = a.alliance() == null
                    ? null
                    : directory.alliances(Locale.ENGLISH).stream()
                            .filter(s -> a.alliance().equals(s.name().in(Locale.ENGLISH)))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("No demo alliance " + a.alliance()))
                            .id();
            String signatories = a.signatories() != null
                    ? a.signatories()
                    : a.signedOn() == null ? null : "Representatives of the parties (names not published)";
            AgreementDraft draft = new AgreementDraft(
                    a.title(),
                    a.summary(),
                    allianceId,
                    a.parties().stream()
                            .map(p -> new PartyDraft(ids.get(p.organization()), p.role()))
                            .toList(),
                    a.types(),
                    a.fields(),
                    null,
                    null,
                    a.startsOn(),
                    a.endsOn(),
                    new Signing(a.signedOn(), a.place(), signatories, a.ceremony()),
                    a.programmes() == null
                            ? List.of()
                            : a.programmes().stream()
                                    .map(p -> new ProgrammeDraft(
                                            p.name(),
                                            p.stages().stream()
                                                    .map(s -> new StageDraft(ids.get(s.organization()), s.years()))
                                                    .toList(),
                                            p.credentials(),
                                            p.intakePerYear(),
                                            p.languages()))
                                    .toList(),
                    null);
            long id = agreements.create(LOADER, draft, true).id();
            LocalDate negotiated = a.signedOn() == null ? null : a.signedOn().minusMonths(2);
            move(id, AgreementStatus.NEGOTIATING, negotiated, a.status());
            move(id, AgreementStatus.SIGNED, a.signedOn(), a.status());
            move(id, AgreementStatus.ACTIVE, a.startsOn(), a.status());
            for (DemoReport r : a.reports() == null ? List.<DemoReport>of() : a.reports()) {
                reports.submit(
                        LOADER,
                        id,
                        new ReportDraft(
                                r.year(),
                                r.studentsEnrolled(),
                                r.graduates(),
                                r.teachersTrained(),
                                r.coursesDeveloped(),
                                r.standardsDeveloped(),
                                r.studyTourParticipants(),
                                r.narrative(),
                                null),
                        true);
            }
            for (DemoOutput o : a.outputs() == null ? List.<DemoOutput>of() : a.outputs()) {
                outputs.add(LOADER, id, new OutputDraft(o.kind(), o.title(), o.year(), null, null, null));
            }
        }
    }

    /** Moves the agreement to the state, if its demo state lies at or beyond it. */
    private void move(long id, AgreementStatus to, LocalDate on, AgreementStatus target) {
        if (target.ordinal() >= to.ordinal()) {
            agreements.transition(LOADER, id, new Transition(to, on, null, null, null));
        }
    }
}
