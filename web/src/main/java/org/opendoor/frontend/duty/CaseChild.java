package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opendoor.frontend.census.CensusCodes;

/**
 * A child as the case page shows them: the referral's words (name, age, address) beside the child index's LA child
 * id and census characteristics in words, and the change form, as recorded or, after a refusal, as typed.
 * Triage lists the index's children in the referral's order; a referral child the index does not (yet) hold has
 * no census part.
 */
@TemplateData
public record CaseChild(CaseDetail.Child child, String laChildId, String sexText, String ethnicityText,
        String disabilitiesText, CharacteristicsForm form) {

    public boolean indexed() {
        return form != null;
    }

    static List<CaseChild> of(CaseDetail c, CensusCodes codes, CharacteristicsForm typed) {
        List<CaseDetail.Child> told = c.referral() == null || c.referral().children() == null ? List.of()
                : c.referral().children();
        List<CaseDetail.IndexedChild> indexed = c.children() == null ? List.of() : c.children();
        List<CaseChild> shown = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            CaseDetail.Child child = told.get(i);
            if (i >= indexed.size()) {
                shown.add(new CaseChild(child, null, null, null, null, null));
                continue;
            }
            CaseDetail.IndexedChild in = indexed.get(i);
            CaseDetail.Characteristics recorded = in.characteristics() == null
                    ? CaseDetail.Characteristics.NONE_RECORDED : in.characteristics();
            CharacteristicsForm form = typed != null && typed.childIndexId().equals(in.childIndexId()) ? typed
                    : CharacteristicsForm.of(in.childIndexId(), recorded);
            shown.add(new CaseChild(child, in.laChildId(), words(codes.sexes()::text, recorded.sex()),
                    words(codes.ethnicities()::text, recorded.ethnicity()),
                    recorded.disabilities() == null || recorded.disabilities().isEmpty() ? "Not recorded"
                            : recorded.disabilities().stream().map(codes.disabilities()::text)
                                    .collect(Collectors.joining("; ")), form));
        }
        return shown;
    }

    private static String words(java.util.function.UnaryOperator<String> text, String code) {
        return code == null || code.isBlank() ? "Not recorded" : text.apply(code);
    }
}
