package org.opendoor.intake.sourcecode;

/**
 * The CIN source-of-referral code a referral is stored with. {@code needsReview} is true when intake could not
 * derive it and stored {@value #UNKNOWN} (unknown): the concern is taken all the same, and duty staff correct the code.
 */
public record SourceCode(String code, boolean needsReview) {
    public static final String UNKNOWN = "10";

    static SourceCode decided(String code) {
        return new SourceCode(code, false);
    }

    static SourceCode forReview() {
        return new SourceCode(UNKNOWN, true);
    }
}
