package org.vocbridge.library;

import java.util.List;

/**
 * What a course package's manifest says: its standard (IMS Common Cartridge or SCORM) and version,
 * its title, the structure of its first organization, and how many resources it holds. Read from
 * {@code imsmanifest.xml} only; nothing in the package is ever run or shown as a page.
 */
public record PackageOutline(String standard, String version, String title, List<Item> items, int resources) {

    /** One entry of the package's table of contents. */
    public record Item(String title, List<Item> items) {}
}
