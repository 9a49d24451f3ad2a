package org.vocbridge.library;

/** A reviewer's decision on a submitted resource; giving it back needs a note saying why. */
public record Review(Decision decision, String note) {

    public enum Decision {
        PUBLISH,
        RETURN
    }
}
