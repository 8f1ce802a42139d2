package org.opendoor.notify.message;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoor.notify.calendar.LondonTime;

/** How templates write values for people: UK local time, UK dates, and "a" or "an" before a word. */
final class TextFormats {
    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private TextFormats() {
    }

    /** {@code {uk:time(notice.dueBy)}}: "2 December 2026 at 09:30", in GMT or BST as the date falls. */
    @TemplateExtension(namespace = "uk")
    static String time(Instant at) {
        return at == null ? NOT_RECORDED : LondonTime.of(at);
    }

    /** {@code {uk:date(child.dateOfBirth)}}: "4 March 2018". */
    @TemplateExtension(namespace = "uk")
    static String date(LocalDate date) {
        return date == null ? NOT_RECORDED : UK_DATE.format(date);
    }

    /** {@code {notice.priority.withArticle}}: "an AMBER", "a RED". */
    @TemplateExtension
    static String withArticle(String word) {
        boolean vowel = !word.isEmpty() && "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + word;
    }

    /** {@code {text.capitalised}}: the first letter in capitals, for the start of a sentence. */
    @TemplateExtension
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
