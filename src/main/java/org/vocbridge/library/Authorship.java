package org.vocbridge.library;

import java.time.LocalDate;
import java.util.Set;
import org.vocbridge.shared.LocalizedText;

/**
 * Who wrote a resource together, whatever its status or visibility: the facts of a check of who
 * is close to whom (an award jury's co-authors).
 *
 * @param on the day it was published, or submitted when it is not published
 * @param authors the people of the directory who wrote it
 */
public record Authorship(long resourceId, LocalizedText title, LocalDate on, Set<Long> authors) {}
