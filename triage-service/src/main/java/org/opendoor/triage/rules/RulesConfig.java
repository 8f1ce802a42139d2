package org.opendoor.triage.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which threshold rulesets triage runs on. */
@ConfigMapping(prefix = "triage.rules")
public interface RulesConfig {
    /** Ruleset data files on the classpath, one per partnership; each names the authorities it covers. */
    @WithDefault("rules/llr-2026.1.json,rules/ddscp-2026.1.json")
    List<String> files();

    /** Code lists and suggestions for the DfE Children in Need census primary need and factors. */
    @WithDefault("cin/cin-codes.json")
    String cinCodes();
}
