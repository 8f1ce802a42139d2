package org.opendoor.frontend.layout;

import java.util.regex.Pattern;

/** WCAG 2.2 contrast ratio of two sRGB colours written as #rrggbb (success criterion 1.4.3 asks 4.5:1 for text). */
public final class ContrastRatio {
    public static final double TEXT_MINIMUM = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private ContrastRatio() {
    }

    public static double between(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** True for a colour written as #rrggbb, the only form the brand configuration takes. */
    public static boolean isHexColour(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    private static double luminance(String colour) {
        if (!isHexColour(colour)) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + colour);
        }
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
