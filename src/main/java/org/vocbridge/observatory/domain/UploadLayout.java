package org.vocbridge.observatory.domain;

/** The layout of an uploaded file of values (see {@link ValueFile}). */
public enum UploadLayout {
    /** One row per value: indicator, country, year, value, flags, confidential, note, a column per dimension. */
    TIDY,
    /** SDMX-CSV 1.0, with the SDMX codes for the observation status and confidentiality. */
    SDMX_CSV
}
