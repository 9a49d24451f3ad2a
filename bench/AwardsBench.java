package org.vocbridge.awards.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vocbridge.cooperation.AgreementLabel;
import org.vocbridge.directory.AffiliationPeriod;
import org.vocbridge.library.Authorship;
import org.vocbridge.shared.LocalizedText;
import org.vocbridge.ventures.TeamPerson;
import org.vocbridge.ventures.TeamRole;

/**
 * The conflicts of interest of a call of 2,000 entries and 300 jurors as the application computes
 * them ({@link ConflictRules}, entries indexed by person, organization, country and venture) beside
 * the naive loop over every juror-entry pair, and the assignment of the entries to the jurors, three
 * each, by minimum-cost flow ({@link JuryAssignment}) under every hard constraint. Run by
 * bench/awards.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AwardsBench {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String[] COUNTRIES = {"CN", "KZ", "UZ", "KG", "TJ", "RU", "TH", "LA", "KH", "MY", "VN", "ID"};

    @Param({"2000"})
    public int entries;

    @Param({"300"})
    public int jurors;

    private ConflictFacts facts;
    private JuryRules rules;
    private List<JuryAssignment.Candidate> candidates;
    private List<JuryAssignment.Seat> seats;
    private Set<String> blocked;

    @Setup(Level.Trial)
    public void call() {
        Random random = new Random(2026_12_10);
        int organizations = 1_500;
        int people = 6_000;
        List<ConflictFacts.JurorFacts> jury = new ArrayList<>();
        List<AffiliationPeriod> affiliations = new ArrayList<>();
        for (int j = 0; j < jurors; j++) {
            long person = 1 + random.nextInt(people);
            jury.add(new ConflictFacts.JurorFacts(10_000 + j, person, COUNTRIES[random.nextInt(COUNTRIES.length)]));
            affiliations.add(new AffiliationPeriod(person, 1 + random.nextInt(organizations), null));
            for (int past = random.nextInt(3); past > 0; past--) {
                affiliations.add(new AffiliationPeriod(
                        person, 1 + random.nextInt(organizations), TODAY.minusDays(random.nextInt(3_000))));
            }
        }
        List<ConflictFacts.EntryFacts> entered = new ArrayList<>();
        List<TeamPerson> teams = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            Set<Long> authors = new HashSet<>();
            for (int a = 1 + random.nextInt(4); a > 0; a--) {
                long person = 1 + random.nextInt(people);
                authors.add(person);
                affiliations.add(new AffiliationPeriod(person, 1 + random.nextInt(organizations), null));
            }
            Long venture = random.nextInt(5) == 0 ? (long) (50_000 + e) : null;
            if (venture != null) {
                teams.add(new TeamPerson(venture, 1 + random.nextInt(people), TeamRole.MENTOR));
            }
            entered.add(new ConflictFacts.EntryFacts(
                    100_000 + e,
                    authors,
                    (long) (1 + random.nextInt(organizations)),
                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                    venture));
        }
        LocalizedText title = LocalizedText.of("en", "Resource");
        List<Authorship> authorships = new ArrayList<>();
        for (int r = 0; r < 3_000; r++) {
            Set<Long> authors = new HashSet<>();
            for (int a = 2 + random.nextInt(4); a > 0; a--) {
                authors.add(1L + random.nextInt(people));
            }
            authorships.add(new Authorship(r, title, TODAY.minusDays(random.nextInt(2_500)), authors));
        }
        List<AgreementLabel> agreements = new ArrayList<>();
        for (int a = 0; a < 2_000; a++) {
            Set<Long> parties = new HashSet<>();
            for (int p = 2 + random.nextInt(2); p > 0; p--) {
                parties.add(1L + random.nextInt(organizations));
            }
            agreements.add(new AgreementLabel(a, title, TODAY.minusDays(random.nextInt(2_000)), parties));
        }
        facts = new ConflictFacts(jury, entered, affiliations, authorships, agreements, teams);
        rules = new JuryRules(3, 0, 40, true, false, 3, 5, true, 0);
        blocked = new HashSet<>();
        ConflictRules.find(facts, rules, TODAY).forEach(f -> blocked.add(JuryAssignment.pair(f.jurorId(), f.entryId())));
        candidates = entered.stream().map(e -> new JuryAssignment.Candidate(e.entryId(), e.country())).toList();
        seats = jury.stream().map(j -> new JuryAssignment.Seat(j.jurorId(), j.country())).toList();
    }

    @Benchmark
    public List<ConflictRules.Found> conflicts() {
        return ConflictRules.find(facts, rules, TODAY);
    }

    /** Every juror against every entry, each rule checked on the pair: the loop the indexes replace. */
    @Benchmark
    public int naiveConflicts() {
        Map<Long, List<AffiliationPeriod>> byPerson = new HashMap<>();
        facts.affiliations().forEach(a -> byPerson.computeIfAbsent(a.personId(), p -> new ArrayList<>()).add(a));
        LocalDate since = TODAY.minusYears(rules.affiliationYears());
        LocalDate coAuthorSince = TODAY.minusYears(ConflictRules.CO_AUTHOR_YEARS);
        int found = 0;
        for (ConflictFacts.JurorFacts j : facts.jurors()) {
            for (ConflictFacts.EntryFacts e : facts.entries()) {
                Set<Long> entryOrganizations = new HashSet<>();
                if (e.organizationId() != null) {
                    entryOrganizations.add(e.organizationId());
                }
                for (long p : e.people()) {
                    byPerson.getOrDefault(p, List.of()).stream()
                            .filter(a -> a.endedOn() == null)
                            .forEach(a -> entryOrganizations.add(a.organizationId()));
                }
                Set<String> rulesFound = new HashSet<>();
                if (e.people().contains(j.personId())) {
                    rulesFound.add("SAME_PERSON");
                }
                for (AffiliationPeriod a : byPerson.getOrDefault(j.personId(), List.of())) {
                    if (a.lastedUntil(since) && entryOrganizations.contains(a.organizationId())) {
                        rulesFound.add("SAME_ORGANIZATION");
                    }
                    if (a.endedOn() == null) {
                        for (AgreementLabel agreement : facts.agreements()) {
                            if (agreement.parties().contains(a.organizationId())
                                    && agreement.parties().stream()
                                            .anyMatch(o -> o != a.organizationId() && entryOrganizations.contains(o))) {
                                rulesFound.add("AGREEMENT_PARTY");
                            }
                        }
                    }
                }
                for (Authorship r : facts.authorships()) {
                    if (!r.on().isBefore(coAuthorSince)
                            && r.authors().contains(j.personId())
                            && r.authors().stream().anyMatch(p -> p != j.personId() && e.people().contains(p))) {
                        rulesFound.add("CO_AUTHOR");
                    }
                }
                for (TeamPerson t : facts.teams()) {
                    if (t.personId() == j.personId() && e.ventureId() != null && t.ventureId() == e.ventureId()) {
                        rulesFound.add("MENTOR");
                    }
                }
                found += rulesFound.size();
            }
        }
        return found;
    }

    @Benchmark
    public JuryAssignment.Result assignment() {
        return JuryAssignment.assign(candidates, seats, blocked, rules);
    }
}
