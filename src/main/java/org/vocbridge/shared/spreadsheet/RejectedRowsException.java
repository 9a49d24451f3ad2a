package org.vocbridge.shared.spreadsheet;

import java.util.List;

/** An uploaded file refused because of bad rows; nothing of it was stored. */
public class RejectedRowsException extends RuntimeException {

    private final int rows;
    private final transient List<RowProblem> problems;

    public RejectedRowsException(int rows, List<RowProblem> problems) {
        super(problems.size() + " bad rows");
        this.rows = rows;
        this.problems = List.copyOf(problems);
    }

    /** How many data rows the file has. */
    public int rows() {
        return rows;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
