package org.vocbridge.library;

/** The terms a resource may be reused under: Creative Commons 4.0 variants, public domain, or none. */
public enum Licence {
    CC0("https://creativecommons.org/publicdomain/zero/1.0/"),
    CC_BY("https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND("https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC_ND("https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    ALL_RIGHTS_RESERVED(null);

    private final String url;

    Licence(String url) {
        this.url = url;
    }

    /** The licence deed, or null for all rights reserved. */
    public String url() {
        return url;
    }

    /** Whether others may share it freely (any Creative Commons licence or the public domain). */
    public boolean isOpen() {
        return this != ALL_RIGHTS_RESERVED;
    }
}
