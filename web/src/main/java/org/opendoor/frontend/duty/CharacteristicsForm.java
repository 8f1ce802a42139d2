package org.opendoor.frontend.duty;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opendoor.frontend.census.CensusCodes;
import org.opendoor.frontend.form.FormErrors;

/**
 * The "change a child's census characteristics" form of the case page, one per child: sex (radios), ethnicity (a
 * select) and disabilities (checkboxes, "None" apart). Blank means "not recorded", never a refusal. Each field's id
 * names the child ({@code sex-<childIndexId>}), so the error summary links to the right child's form.
 */
@TemplateData
public record CharacteristicsForm(UUID childIndexId, String sex, String ethnicity, List<String> disabilities) {
    public CharacteristicsForm {
        disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }

    /** The form as the recorded characteristics fill it. */
    static CharacteristicsForm of(UUID childIndexId, CaseDetail.Characteristics recorded) {
        CaseDetail.Characteristics c = recorded == null ? CaseDetail.Characteristics.NONE_RECORDED : recorded;
        return new CharacteristicsForm(childIndexId, orEmpty(c.sex()), orEmpty(c.ethnicity()), c.disabilities());
    }

    /** What was sent, stripped, empty checkboxes dropped and each code once; checked by {@link #check}. */
    static CharacteristicsForm sent(UUID childIndexId, String sex, String ethnicity, List<String> disabilities) {
        LinkedHashSet<String> ticked = new LinkedHashSet<>();
        if (disabilities != null) {
            disabilities.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).forEach(ticked::add);
        }
        return new CharacteristicsForm(childIndexId, orEmpty(sex).strip(), orEmpty(ethnicity).strip(),
                new ArrayList<>(ticked));
    }

    /** Our checks, so triage sees only codes of its lists; the messages name the field as the page does. */
    FormErrors check(CensusCodes codes, FormErrors errors) {
        if (!sex.isEmpty() && !codes.sexes().has(sex)) {
            errors.add(field("sex"), "Select the child's sex from the list");
        }
        if (!ethnicity.isEmpty() && !codes.ethnicities().has(ethnicity)) {
            errors.add(field("ethnicity"), "Select the child's ethnicity from the list");
        }
        if (disabilities.stream().anyMatch(d -> !codes.disabilities().has(d))) {
            errors.add(field("disabilities"), "Select the child's disabilities from the list");
        } else if (none() && disabilities.size() > 1) {
            errors.add(field("disabilities"), "Select \u201cNone\u201d, or the child's disabilities, not both");
        }
        return errors;
    }

    /** The body of triage's PUT: null for what is not recorded. */
    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("sex", sex.isEmpty() ? null : sex);
        body.put("ethnicity", ethnicity.isEmpty() ? null : ethnicity);
        body.put("disabilities", disabilities.isEmpty() ? null : disabilities);
        return body;
    }

    /** The page's id of one of this child's fields ("sex", "ethnicity", "disabilities"). */
    public String field(String name) {
        return name + "-" + childIndexId;
    }

    /** Triage's violation fields, as this form's fields. */
    Map<String, String> fieldsByViolation() {
        return Map.of("sex", field("sex"), "ethnicity", field("ethnicity"), "disabilities", field("disabilities"));
    }

    public boolean has(String code) {
        return disabilities.contains(code);
    }

    public boolean none() {
        return has(CensusCodes.NO_DISABILITY);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
