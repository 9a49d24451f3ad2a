/**
 * What every module uses: {@link org.vocbridge.shared.LocalizedText} for multilingual content, the
 * web layout, locale handling and RFC 9457 errors, the security configuration, HTML sanitizing and
 * spreadsheet import/export.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.vocbridge.shared;
