/**
 * Users, their roles (platform admin; alliance secretariat, organization editor and expert, each
 * for one record), personal API tokens and the audit log of every write.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *"})
package org.vocbridge.accounts;
