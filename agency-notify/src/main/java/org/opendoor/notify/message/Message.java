package org.opendoor.notify.message;

import java.util.regex.Pattern;

/** A notice written out for people: the template's first line is the subject, the rest the body. */
public record Message(String subject, String body) {
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    public static Message of(Notice notice) {
        String text = notice.template().render();
        int newline = text.indexOf('\n');
        return new Message(text.substring(0, newline).trim(),
                BLANK_LINES.matcher(text.substring(newline + 1).stripLeading()).replaceAll("\n\n"));
    }
}
