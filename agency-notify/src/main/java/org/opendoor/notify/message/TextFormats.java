package org.opendoor.notify.message;

import io.quarkus.qute.TemplateExtension;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.opendoor.model.OpenDoorZone;

/** How templates write values for people: UK local time, UK dates, and "a" or "an" before a word. */
final class TextFormats {
    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** In opendoor.time.zone, looked up on first use: template extensions are static, outside injection. */
    private static volatile DateTimeFormatter ukTime;

    private TextFormats() {
    }

    /** {@code {uk:time(notice.dueBy)}}: "2 December 2026 at 09:30", in the configured zone (GMT or BST as the date falls, by default). */
    @TemplateExtension(namespace = "uk")
    static String time(Instant at) {
        return at == null ? NOT_RECORDED : ukTime().format(at);
    }

    private static DateTimeFormatter ukTime() {
        if (ukTime == null) {
            ukTime = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
                    .withZone(CDI.current().select(OpenDoorZone.class).get().zone());
        }
        return ukTime;
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
