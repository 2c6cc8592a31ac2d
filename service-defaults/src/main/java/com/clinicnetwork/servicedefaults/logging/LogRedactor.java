package com.clinicnetwork.servicedefaults.logging;

import java.util.regex.Pattern;

/**
 * Removes personal data that can slip into log text through exception messages and third-party log lines:
 * email addresses, phone numbers, and the row and key values PostgreSQL reports for constraint violations
 * ({@code Failing row contains (...)}, {@code Key (email)=(...)}). Names and free text cannot be recognised
 * by pattern; the code keeps them out of log statements in the first place, and this is the safety net.
 * Over-redacting is acceptable, leaking is not.
 */
public final class LogRedactor {

    public static final String REDACTED = "[redacted]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * International (+44 7700 900101) and national (07700 900101, 0161-496-0000) numbers: a leading + or 0 and at
     * least nine digits, single spaces, hyphens or parentheses between them. Not inside words, UUIDs or timestamps.
     */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.+:-])(?:\\+|0)\\d(?:[ ()-]?\\d){7,13}(?![\\w-])");
    /** PostgreSQL's detail of a check or not-null violation lists the whole row, up to the end of the line. */
    private static final Pattern FAILING_ROW = Pattern.compile("(Failing row contains )\\(.*\\)");
    /** PostgreSQL's detail of a unique or foreign-key violation: the column names stay, the values go. */
    private static final Pattern KEY_VALUES = Pattern.compile("(Key \\([^)]*\\)=)\\(.*?\\)(?=( already exists| is not present| conflicts|\\.|$))",
            Pattern.MULTILINE);

    private LogRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = FAILING_ROW.matcher(text).replaceAll("$1" + REDACTED);
        redacted = KEY_VALUES.matcher(redacted).replaceAll("$1(" + REDACTED + ")");
        redacted = EMAIL.matcher(redacted).replaceAll(REDACTED);
        return PHONE.matcher(redacted).replaceAll(REDACTED);
    }
}
