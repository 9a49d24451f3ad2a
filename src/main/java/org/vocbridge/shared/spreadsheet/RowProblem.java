package org.vocbridge.shared.spreadsheet;

import java.util.List;

/**
 * One bad row of an uploaded file: the row number a spreadsheet shows, the column and what is
 * wrong (a message code and its arguments).
 */
public record RowProblem(int row, String column, String code, List<Object> args) {}
