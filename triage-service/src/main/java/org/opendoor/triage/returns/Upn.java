package org.opendoor.triage.returns;

import java.util.ArrayList;
import java.util.List;
import org.opendoor.data.DataFile;

/**
 * The DfE unique pupil number checks (rules 1510-1550): 13 characters, a check letter computed from the other twelve,
 * an LA code of {@value #LA_CODES} at characters 2-4, digits at 5-12, and a digit or a letter other than I, O and S
 * at 13.
 */
final class Upn {
    static final String LA_CODES = "returns/upn-la-codes.csv";
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final List<int[]> LA_RANGES = laRanges();

    private Upn() {
    }

    /** Rule 1510: the first character is the check letter of characters 2-13 (weights 2-13, modulo 23). */
    static boolean wrongCheckLetter(String upn) {
        if (upn.length() != 13 || !upn.substring(1).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return upn.charAt(0) != checkLetter(upn.substring(1));
    }

    static char checkLetter(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelveDigits.charAt(i) - '0') * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % 23);
    }

    /** Rule 1530. */
    static boolean unknownLaCode(String upn) {
        if (upn.length() != 13) {
            return false;
        }
        String code = upn.substring(1, 4);
        if (!code.chars().allMatch(Character::isDigit)) {
            return true;
        }
        int n = Integer.parseInt(code);
        return LA_RANGES.stream().noneMatch(r -> n >= r[0] && n <= r[1]);
    }

    /** Rule 1540. */
    static boolean notNumeric(String upn) {
        return upn.length() == 13 && !upn.substring(4, 12).chars().allMatch(Character::isDigit);
    }

    /** Rule 1550. */
    static boolean badLastCharacter(String upn) {
        if (upn.length() != 13) {
            return false;
        }
        char last = upn.charAt(12);
        return !(Character.isDigit(last) || (last >= 'A' && last <= 'Z' && last != 'I' && last != 'O' && last != 'S'));
    }

    /** Any of them, or not 13 characters: how rule 1560Q reads a former UPN. */
    static boolean malformed(String upn) {
        return upn.length() != 13 || wrongCheckLetter(upn) || unknownLaCode(upn) || notNumeric(upn)
                || badLastCharacter(upn);
    }

    private static List<int[]> laRanges() {
        DataFile file = DataFile.load(LA_CODES, 2);
        List<int[]> ranges = new ArrayList<>();
        for (DataFile.Row row : file.rows()) {
            try {
                int first = Integer.parseInt(row.field(0));
                int last = Integer.parseInt(row.field(1));
                if (first > last) {
                    throw file.error(row, "the range ends before it starts");
                }
                ranges.add(new int[] {first, last});
            } catch (NumberFormatException e) {
                throw file.error(row, "LA codes are three digits");
            }
        }
        return List.copyOf(ranges);
    }
}
