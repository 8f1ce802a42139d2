package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;

/** What the person typed into the case page's forms, kept when the page comes back with an error summary. */
@TemplateData
public record CaseForms(String outcome, String rationale, String sourceCode, String localAuthority, String note,
        String firstField) {

    static CaseForms empty() {
        return new CaseForms("", "", "", "", "", "outcome");
    }

    static CaseForms decision(String outcome, String rationale) {
        return new CaseForms(orEmpty(outcome), orEmpty(rationale), "", "", "", "outcome");
    }

    static CaseForms sourceCode(String code) {
        return new CaseForms("", "", orEmpty(code), "", "", "sourceCode");
    }

    static CaseForms transfer(String authority, String note) {
        return new CaseForms("", "", "", orEmpty(authority), orEmpty(note), "localAuthority");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
