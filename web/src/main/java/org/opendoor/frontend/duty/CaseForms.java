package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;

/**
 * What the person typed into the case page's forms, kept when the page comes back with an error summary. The
 * primary need is the rules' suggestion until the person sends another; {@code characteristics} is the one child's
 * form that was sent, or null.
 */
@TemplateData
public record CaseForms(String outcome, String rationale, String primaryNeedCode, String sourceCode,
        String localAuthority, String note, CharacteristicsForm characteristics, String firstField) {

    static CaseForms empty() {
        return new CaseForms("", "", null, "", "", "", null, "outcome");
    }

    static CaseForms decision(DecisionForm sent) {
        return new CaseForms(sent.outcome(), sent.rationale(), sent.primaryNeedCode(), "", "", "", null, "outcome");
    }

    static CaseForms sourceCode(String code) {
        return new CaseForms("", "", null, orEmpty(code), "", "", null, "sourceCode");
    }

    static CaseForms transfer(String authority, String note) {
        return new CaseForms("", "", null, "", orEmpty(authority), orEmpty(note), null, "localAuthority");
    }

    static CaseForms characteristics(CharacteristicsForm sent) {
        return new CaseForms("", "", null, "", "", "", sent, sent.field("sex"));
    }

    /** The decision form's primary need: what was sent, else the rules' suggestion. */
    CaseForms suggesting(String suggestedNeed) {
        return primaryNeedCode != null ? this : new CaseForms(outcome, rationale,
                suggestedNeed == null ? "" : suggestedNeed, sourceCode, localAuthority, note, characteristics,
                firstField);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
