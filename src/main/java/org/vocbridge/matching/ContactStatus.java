package org.vocbridge.matching;

/**
 * Where a match stands once one side made contact: contacted (waiting for the other side's answer),
 * accepted or declined. A match nobody acted on yet is a suggestion and has no contact.
 */
public enum ContactStatus {
    CONTACTED,
    ACCEPTED,
    DECLINED
}
