package org.vocbridge.cooperation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/**
 * A joint-training programme under an agreement, as data: its stages say how many years are spent
 * at which party, so its model ("3+3", "2+2", "1+2+1") is read off the stages, never typed in.
 */
@Entity
@Table(name = "cooperation_programme")
@Getter
class JointProgramme {

    /** Years spent at one party, in order. */
    @Embeddable
    static class Stage {
        private long organizationId;

        private int years;

        protected Stage() {}

        Stage(long organizationId, int years) {
            this.organizationId = organizationId;
            this.years = years;
        }

        long organizationId() {
            return organizationId;
        }

        int years() {
            return years;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> credentials;

    private Integer intakePerYear;

    /** Languages of instruction, BCP 47 tags separated by spaces. */
    private String languages;

    @ElementCollection
    @CollectionTable(name = "cooperation_programme_stage", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<Stage> stages = new ArrayList<>();

    protected JointProgramme() {}

    JointProgramme(Agreement agreement, AgreementDraft.ProgrammeDraft draft) {
        this.agreement = agreement;
        this.name = LocalizedText.of(draft.name()).values();
        draft.stages().forEach(s -> stages.add(new Stage(s.organizationId(), s.years())));
        this.credentials = LocalizedText.of(draft.credentials()).values();
        this.intakePerYear = draft.intakePerYear();
        this.languages =
                draft.languages().stream().map(LocalizedText::normalizeTag).collect(Collectors.joining(" "));
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** The model, for example "3+3": the years of each stage joined by "+". */
    String model() {
        return stages.stream().map(s -> String.valueOf(s.years())).collect(Collectors.joining("+"));
    }

    LocalizedText credentials() {
        return LocalizedText.of(credentials);
    }

    List<String> languages() {
        return languages == null || languages.isBlank() ? List.of() : List.of(languages.split(" "));
    }
}
