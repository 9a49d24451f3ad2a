package org.vocbridge.awards;

/** As WorldSkills marks: measured against a rule (0 to its maximum), or judged on levels 0 to 3, each with a descriptor. */
public enum CriterionKind {
    MEASUREMENT,
    JUDGEMENT
}
