package org.opendoor.notify.message;

import io.quarkus.qute.TemplateExtension;

/** How templates write words for people: "a" or "an" before a word, a capital at the start of a sentence. */
final class TextFormats {
    private TextFormats() {
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
