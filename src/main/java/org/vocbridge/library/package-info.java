/**
 * The resource library: occupational standards, course standards, courses, free short-course
 * packages, curricula, textbooks, good practices and reports, each with versions and files, a
 * licence, translations and the relations between them (a course implements a course standard,
 * which implements an occupational standard); submitted by members, reviewed by the alliance
 * secretariat, then published to everyone or to the alliance's members only.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "taxonomy", "accounts", "search", "directory"})
package org.vocbridge.library;
