package org.vocbridge.library.domain;

/** A reviewer's decision on a submitted resource; giving it back needs a note saying why (a blank note is none). */
public record Review(Decision decision, String note) {

    public Review {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public enum Decision {
        PUBLISH,
        RETURN
    }
}
