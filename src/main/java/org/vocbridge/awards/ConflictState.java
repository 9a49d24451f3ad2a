package org.vocbridge.awards;

/** A conflict as found (it blocks while the records show it), pinned by an admin (it blocks for good) or waived by one (it no longer blocks). */
public enum ConflictState {
    FOUND,
    PINNED,
    WAIVED;

    public boolean blocks() {
        return this != WAIVED;
    }
}
