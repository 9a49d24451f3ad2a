/**
 * One search over every module's public records, in any language. Each module marks its entities
 * for Hibernate Search, indexes its multilingual texts with {@link org.vocbridge.search.LocalizedTextBinder}
 * and registers a {@link org.vocbridge.search.SearchableType}; this module analyzes the texts per
 * language (smartcn and CJK bigrams for Chinese, Russian and English stemming, ICU segmentation for
 * Thai, Lao, Khmer and the rest), keeps the index in step with the database and answers the header
 * search box and {@code /api/v1/search}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "taxonomy"})
package org.vocbridge.search;
