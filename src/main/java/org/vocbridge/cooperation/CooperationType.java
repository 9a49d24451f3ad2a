package org.vocbridge.cooperation;

/** What the parties agree to do together; an agreement may have several. */
public enum CooperationType {
    CO_BUILT_MAJOR,
    CURRICULUM,
    TRAINING_BASE,
    TEACHER_DEVELOPMENT,
    JOINT_TRAINING,
    STUDY_TOUR,
    INTERNSHIP,
    RESEARCH,
    OTHER
}
