/** The home page: what VocBridge holds, in numbers, and where to start. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "directory"})
package org.vocbridge.portal;
