package org.vocbridge.matching;

/** What an enterprise asks for. */
public enum DemandKind {
    INTERNS,
    APPRENTICES,
    GRADUATES,
    STAFF_TRAINING,
    JOINT_PROGRAMME,
    JOINT_RD,
    TRAINERS
}
