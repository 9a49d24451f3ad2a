package org.vocbridge.shared;

/** Someone else saved the record after the writer loaded it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
