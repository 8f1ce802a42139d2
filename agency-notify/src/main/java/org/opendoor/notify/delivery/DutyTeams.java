package org.opendoor.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each local authority's duty team mailbox, from {@code directory/duty-teams.csv}. */
@ApplicationScoped
public class DutyTeams {
    private final Map<String, String> emailByAuthority = load("directory/duty-teams.csv");

    public Optional<String> emailOf(String localAuthority) {
        return Optional.ofNullable(emailByAuthority.get(localAuthority));
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> emails = new HashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing directory file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",");
                if (cols.length != 3) {
                    throw new IllegalStateException(resource + ": expected local_authority,team,email in: " + line);
                }
                emails.put(cols[0].trim(), cols[2].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return emails;
    }
}
