package org.opendoor.frontend.census;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opendoor.frontend.form.Option;

/**
 * The DfE Children in Need census code lists the staff pages offer and show in words: primary need (N00101, in the
 * census's order, from triage's {@value #PRIMARY_NEEDS}), and a child's sex (N00783), ethnicity (N00177) and
 * disabilities (N00099) from shared-model's lists. The services check every code again; these are for people.
 */
@ApplicationScoped
@TemplateData
public class CensusCodes {
    static final String PRIMARY_NEEDS = "cin/cin-codes.json";
    public static final String NO_DISABILITY = "NONE";

    private final CodeList primaryNeeds;
    private final CodeList sexes;
    private final CodeList ethnicities;
    private final CodeList disabilities;

    public CensusCodes() {
        this.primaryNeeds = readPrimaryNeeds();
        this.sexes = CodeList.csv("cin/sex-codes.csv");
        this.ethnicities = CodeList.csv("cin/ethnicity-codes.csv");
        this.disabilities = CodeList.csv("cin/disability-codes.csv");
        if (!disabilities.has(NO_DISABILITY)) {
            throw new IllegalStateException("cin/disability-codes.csv has no " + NO_DISABILITY);
        }
    }

    public CodeList primaryNeeds() {
        return primaryNeeds;
    }

    public CodeList sexes() {
        return sexes;
    }

    public CodeList ethnicities() {
        return ethnicities;
    }

    public CodeList disabilities() {
        return disabilities;
    }

    /** The disability checkboxes: every code but "None", which the form offers apart, as GOV.UK's "or" choice. */
    public List<Option> disabilityCheckboxes() {
        return disabilities.options().stream().filter(o -> !o.value().equals(NO_DISABILITY)).toList();
    }

    private static CodeList readPrimaryNeeds() {
        try {
            JsonNode file = JsonMapper.builder().build().readTree(CodeList.resource(PRIMARY_NEEDS));
            List<Option> needs = new ArrayList<>();
            for (JsonNode need : file.path("primaryNeeds")) {
                String code = need.path("code").asText();
                needs.add(Option.of(code, code + " – " + need.path("description").asText()));
            }
            return CodeList.of(PRIMARY_NEEDS, needs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
