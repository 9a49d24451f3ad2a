package org.vocbridge.awards;

/** The kind of record an entry names: a library resource (a paper, a good practice), a person, a venture, an organization. */
public enum EntrySubject {
    RESOURCE,
    PERSON,
    VENTURE,
    ORGANIZATION
}
