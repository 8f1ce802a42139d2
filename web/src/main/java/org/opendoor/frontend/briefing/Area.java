package org.opendoor.frontend.briefing;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** An area a briefing can be read for: a partnership or one of its authorities (ONS code). */
@TemplateData
public record Area(String code, String name, String kind, List<String> authorities) {
}
