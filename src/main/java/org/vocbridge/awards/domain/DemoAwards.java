package org.vocbridge.awards.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.vocbridge.awards.AwardCategory;
import org.vocbridge.awards.AwardPhase;
import org.vocbridge.awards.CriterionKind;
import org.vocbridge.awards.EntryStatus;
import org.vocbridge.directory.DirectoryApi;
import org.vocbridge.events.CeremonySession;
import org.vocbridge.events.EventsApi;
import org.vocbridge.library.LibraryApi;
import org.vocbridge.shared.DataLoads;
import org.vocbridge.shared.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The awards of the seed articles, loaded once after the directory, library and events demos: the
 * western five-province community's 2024 outstanding papers and "Modern TVET stars", whose jury of
 * the community's experts scored the entries (marks made up from a fixed formula) and whose winners
 * were handed their awards at the Chongqing conference's ceremony; and an open call of the Yangtze
 * Workshop. Entries, scores and winners are made up for the demonstration and marked as such.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "vocbridge.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoAwards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);
    static final String LOAD_NAME = "awards-demo-v1";
    private static final CurrentUser LOADER = new CurrentUser(0L, "demo-data", true);

    private final DataLoads loads;
    private final JsonMapper json;
    private final DirectoryApi directory;
    private final LibraryApi library;
    private final EventsApi events;
    private final AwardCalls calls;
    private final AwardEntries entries;
    private final Juries juries;
    private final Assignments assignments;
    private final Scores scores;
    private final Results results;
    private final ScoreRepository scoreRepository;
    private final AwardAccess access;
    private final TransactionTemplate transaction;

    record DemoData(List<DemoCall> calls) {}

    record DemoCall(
            String key,
            String alliance,
            Map<String, String> title,
            Map<String, String> rules,
            List<AwardCategory> categories,
            Eligibility eligibility,
            JuryRules jury,
            List<Criterion> rubric,
            LocalDate opensOn,
            LocalDate closesOn,
            String ceremony,
            List<DemoEntry> entries,
            List<String> jurors,
            String chair,
            List<DemoWinner> winners,
            boolean published) {}

    record DemoEntry(
            AwardCategory category,
            String resource,
            String person,
            String nominatedBy,
            String language,
            Map<String, String> statement) {}

    record DemoWinner(
            AwardCategory category, int nth, int place, Map<String, String> prize, Map<String, String> citation) {}

    @Override
    public void run(ApplicationArguments args) {
        if (loads.runOnce(LOAD_NAME, this::load)) {
            log.info("Loaded the awards demo data");
        }
    }

    private void load() {
        DemoData data;
        try (InputStream in = getClass().getResourceAsStream("/demo/awards.json")) {
            data = json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> alliances = new HashMap<>();
        directory
                .allianceNames(java.util.Locale.ENGLISH)
                .forEach(a -> a.name().get("en").ifPresent(n -> alliances.put(n, a.id())));
        for (DemoCall c : data.calls()) {
            transaction.executeWithoutResult(status -> load(c, alliances));
        }
    }

    private void load(DemoCall c, Map<String, Long> alliances) {
        Long ceremony = c.ceremony() == null
                ? null
                : events.awardCeremonies().stream()
                        .filter(s -> s.eventTitle()
                                .get("en")
                                .filter(c.ceremony()::equals)
                                .isPresent())
                        .map(CeremonySession::sessionId)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("Demo awards: no ceremony of " + c.ceremony()));
        Long allianceId = alliances.get(c.alliance());
        if (allianceId == null) {
            throw new IllegalStateException("Demo awards: unknown alliance " + c.alliance());
        }
        CallSummary call = calls.create(
                LOADER,
                new CallDraft(
                        allianceId,
                        c.title(),
                        c.rules(),
                        c.categories(),
                        c.eligibility(),
                        c.jury(),
                        c.rubric(),
                        c.opensOn(),
                        c.closesOn(),
                        ceremony,
                        null),
                true);
        Set<String> names = new HashSet<>(c.jurors());
        c.entries().stream().filter(e -> e.person() != null).forEach(e -> names.add(e.person()));
        Map<String, Long> people = directory.personIdsByName(names);
        Set<String> titles = new HashSet<>();
        c.entries().stream().filter(e -> e.resource() != null).forEach(e -> titles.add(e.resource()));
        Map<String, Long> resources = library.resourceIdsByTitle(titles);
        Set<String> organizationNames = new HashSet<>();
        c.entries().stream().filter(e -> e.nominatedBy() != null).forEach(e -> organizationNames.add(e.nominatedBy()));
        Map<String, Long> organizations = directory.organizationIdsByName(organizationNames);
        List<EntrySummary> entered = new ArrayList<>();
        for (DemoEntry e : c.entries()) {
            Long subject = e.resource() != null ? resources.get(e.resource()) : people.get(e.person());
            if (subject == null) {
                throw new IllegalStateException("Demo awards: unknown entry " + e);
            }
            entered.add(entries.enter(
                    LOADER,
                    call.id(),
                    new EntryDraft(
                            e.category(),
                            subject,
                            null,
                            e.statement(),
                            e.language(),
                            null,
                            e.nominatedBy() == null ? null : organizations.get(e.nominatedBy()),
                            null),
                    true));
        }
        for (String juror : c.jurors()) {
            juries.add(LOADER, call.id(), require(people, juror), juror.equals(c.chair()));
        }
        if (!c.published()) {
            return;
        }
        calls.advance(LOADER, call.id(), AwardPhase.SCREENING);
        entered.forEach(e -> entries.screen(LOADER, e.id(), EntryStatus.ELIGIBLE, null));
        calls.advance(LOADER, call.id(), AwardPhase.REVIEW);
        Assignments.Outcome outcome = assignments.run(LOADER, call.id());
        if (!outcome.binding().isEmpty()) {
            throw new IllegalStateException("Demo awards: the jury cannot be assigned: " + outcome.binding());
        }
        assignments.publish(LOADER, call.id());
        AwardCall stored = access.call(call.id());
        outcome.assigned().forEach((entryId, jurors) -> jurors.forEach(jurorId -> demoScore(stored, entryId, jurorId)));
        Scores.RankingView ranking = scores.ranking(LOADER, call.id(), AwardPhase.REVIEW);
        List<Results.WinnerDraft> winners = new ArrayList<>();
        for (DemoWinner w : c.winners()) {
            ranking.rows().stream()
                    .filter(r -> r.place().rank() != null && r.entry().category() == w.category())
                    .skip(w.nth() - 1L)
                    .findFirst()
                    .ifPresent(r ->
                            winners.add(new Results.WinnerDraft(r.entry().id(), w.place(), w.prize(), w.citation())));
        }
        results.choose(LOADER, call.id(), winners);
        calls.advance(LOADER, call.id(), AwardPhase.RESULTS);
    }

    /** Marks made up from a fixed formula of the entry and the juror, so that every load gives the same. */
    private void demoScore(AwardCall call, long entryId, long jurorId) {
        Map<String, Integer> marks = new HashMap<>();
        int seed = (int) ((entryId * 7 + jurorId * 3) % 5);
        for (Criterion criterion : call.rubric().criteria()) {
            int highest = criterion.highest();
            int mark = criterion.kind() == CriterionKind.JUDGEMENT
                    ? Math.min(highest, 1 + (seed + criterion.weight()) % 3)
                    : Math.min(highest, 4 + (seed * 3 + (int) entryId) % 7);
            marks.put(criterion.key(), mark);
        }
        Score score = new Score(call.id(), call.phase(), entryId, jurorId);
        score.mark(call.rubricVersion(), marks, call.rubric().total(marks), null, java.time.Instant.now());
        scoreRepository.save(score);
    }

    private static long require(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo awards: unknown person " + name);
        }
        return id;
    }
}
