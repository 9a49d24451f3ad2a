/**
 * Language-neutral codes that make records comparable across languages: ISO 3166-1 countries
 * (names from the JDK's CLDR data), country groups such as SCO members or ASEAN (editable data
 * with dates), ISCED-F 2013 fields of education and training and ISCO-08 occupations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "accounts"})
package org.vocbridge.taxonomy;
