package org.vocbridge.observatory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.vocbridge.shared.LocalizedText;

/** A way to break an indicator's values down (sex, age group, ISCED level, …), with its values. */
@Entity
@Table(name = "observatory_dimension")
@Getter
class Dimension {

    @Id
    private String code;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> name;

    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "observatory_dimension_value", joinColumns = @JoinColumn(name = "dimension_code"))
    @OrderBy("position")
    private List<Value> values = new ArrayList<>();

    protected Dimension() {}

    /** One value of a dimension, such as F (female) of sex. */
    @Embeddable
    public static class Value {

        private String code;

        @JdbcTypeCode(SqlTypes.JSON)
        private Map<String, String> name;

        private int position;

        protected Value() {}

        public String code() {
            return code;
        }

        public LocalizedText name() {
            return LocalizedText.of(name);
        }
    }

    LocalizedText name() {
        return LocalizedText.of(name);
    }

    List<Value> values() {
        return List.copyOf(values);
    }
}
