/**
 * The member directory: organizations (colleges, enterprises, government bodies, associations…),
 * people and experts, and alliances with their memberships, rotating chairs and think tanks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "shared :: *", "taxonomy", "accounts", "search"})
package org.vocbridge.directory;
