package org.opendoor.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Every text OpenDoor reads from JSON must be printable: control characters other than tab, line feed and carriage
 * return are refused where they are read, naming the field. PostgreSQL cannot store U+0000 at all (it answered 500
 * and the report was lost), and none of them can appear in the XML of a CIN census return.
 */
public final class PrintableText extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    /** Thrown for a text with a control character; the problem mapper names the field and says which character. */
    public static final class ControlCharacterException extends InvalidFormatException {
        private static final long serialVersionUID = 1L;

        ControlCharacterException(JsonParser parser, String message) {
            super(parser, message, null, String.class);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        int bad = firstControlCharacter(text);
        if (bad >= 0) {
            throw new ControlCharacterException(parser, String.format(
                    "must not contain control characters (U+%04X at position %d)", (int) text.charAt(bad), bad + 1));
        }
        return text;
    }

    /** The index of the first character that is not allowed, or -1. */
    public static int firstControlCharacter(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}
