package org.vocbridge.matching;

/** How a college delivers a programme with partners: 2+2 and 3+3 years split between two places, order classes trained for an employer, short courses. */
public enum TrainingModel {
    TWO_PLUS_TWO,
    THREE_PLUS_THREE,
    ORDER_CLASS,
    SHORT_COURSE
}
