package org.opendoor.triage.cases;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.opendoor.model.Flag;

/** A case's flags as the text[] column holds them: names, sorted, so equal sets are stored alike. */
@Converter
class FlagsColumn implements AttributeConverter<Set<Flag>, String[]> {
    @Override
    public String[] convertToDatabaseColumn(Set<Flag> flags) {
        return flags.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    @Override
    public Set<Flag> convertToEntityAttribute(String[] names) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        Arrays.stream(names).map(Flag::valueOf).forEach(flags::add);
        return Set.copyOf(flags);
    }
}
