package org.opendoor.data;

/**
 * A data file that must not be used, with where it is wrong: {@code routing/duty-teams.json line 9, at
 * authorities[2]: team is required}. The place is a JSON path (or empty for the whole file) and, when known, a line.
 */
public class DataFileInvalidException extends IllegalStateException {
    private final String file;
    private final int line;
    private final String at;
    private final String problem;

    public DataFileInvalidException(String file, int line, String at, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (at.isEmpty() ? "" : (line > 0 ? ", at " : " at ") + at)
                + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.at = at;
        this.problem = problem;
    }

    /** A problem the loader found after the file was read (a reference to another table, say). */
    public DataFileInvalidException(String file, String at, String problem) {
        this(file, 0, at, problem, null);
    }

    public String file() {
        return file;
    }

    /** The line the problem was found at, or 0 when it is not known. */
    public int line() {
        return line;
    }

    /** The JSON path of the entry that is wrong ({@code rules[3].then}); empty for the file as a whole. */
    public String at() {
        return at;
    }

    /** What is wrong, without the file and place. */
    public String problem() {
        return problem;
    }
}
