package org.opendoor.triage.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An operator-loaded ONS postcode directory (ONSPD/NSPL CSV): full postcode → local authority. Children's social
 * care is an upper-tier duty, so the county ({@code oscty}) is used where there is one and the district or
 * unitary authority ({@code oslaua}) otherwise. Terminated postcodes ({@code doterm} set) are skipped. Only
 * postcodes that matter here are kept: those in one of our authorities or in one of our districts.
 */
public final class PostcodeDirectory {
    private static final Pattern ONS_CODE = Pattern.compile("^[EWSNLM][0-9]{8}$");
    private static final String NO_COUNTY = "E99999999";
    private static final List<String> POSTCODE_COLUMNS = List.of("pcds", "pcd", "pcd2", "pcd7", "pcd8", "postcode");
    private static final List<String> AUTHORITY_COLUMNS = List.of("oslaua", "laua", "lad", "lad25cd", "lad24cd",
            "lad23cd", "local_authority", "la_code");

    private final Map<String, String> authorityByPostcode;

    private PostcodeDirectory(Map<String, String> authorityByPostcode) {
        this.authorityByPostcode = authorityByPostcode;
    }

    public static PostcodeDirectory empty() {
        return new PostcodeDirectory(Map.of());
    }

    /** Loads the CSV, keeping postcodes that {@code relevant} accepts; a malformed row stops start-up, naming it. */
    public static PostcodeDirectory load(Path file, Predicate<Postcode> inOurDistricts,
            Predicate<String> ourAuthority) {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                throw new IllegalStateException("Postcode directory " + file + " is empty");
            }
            List<String> header = split(headerLine.replace("\uFEFF", "")).stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            int postcodeColumn = column(header, POSTCODE_COLUMNS, file, "postcode");
            int authorityColumn = column(header, AUTHORITY_COLUMNS, file, "local authority");
            int countyColumn = header.indexOf("oscty");
            int terminatedColumn = header.indexOf("doterm");
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                int at = lineNo;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() <= Math.max(postcodeColumn, authorityColumn)) {
                    throw new IllegalStateException("Postcode directory " + file + ", line " + lineNo
                            + ": too few columns");
                }
                if (terminatedColumn >= 0 && terminatedColumn < cells.size() && !cells.get(terminatedColumn).isBlank()) {
                    continue;
                }
                Postcode postcode = Postcode.parse(cells.get(postcodeColumn)).filter(p -> p.normalised() != null)
                        .orElseThrow(() -> new IllegalStateException("Postcode directory " + file + ", line "
                                + at + ": not a full postcode"));
                String county = countyColumn >= 0 && countyColumn < cells.size() ? cells.get(countyColumn).trim() : "";
                String authority = !county.isEmpty() && !county.equals(NO_COUNTY) ? county
                        : cells.get(authorityColumn).trim();
                if (!ONS_CODE.matcher(authority).matches()) {
                    throw new IllegalStateException("Postcode directory " + file + ", line " + lineNo
                            + ": '" + authority + "' is not an ONS authority code");
                }
                if (ourAuthority.test(authority) || inOurDistricts.test(postcode)) {
                    map.put(postcode.normalised(), authority);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read postcode directory " + file + ": " + e.getMessage(), e);
        }
        return new PostcodeDirectory(Map.copyOf(map));
    }

    public Optional<String> authorityOf(Postcode postcode) {
        return postcode.normalised() == null ? Optional.empty()
                : Optional.ofNullable(authorityByPostcode.get(postcode.normalised()));
    }

    public int size() {
        return authorityByPostcode.size();
    }


    private static int column(List<String> header, List<String> names, Path file, String what) {
        return names.stream().map(header::indexOf).filter(i -> i >= 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("Postcode directory " + file + " has no " + what
                        + " column; expected one of " + names));
    }

    /** One CSV line: comma separated, fields optionally in double quotes ("" inside quotes is a quote). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
