package org.opendoor.triage.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opendoor.data.DataFile;
import org.opendoor.model.CinCharacteristicCodes;
import org.opendoor.model.SourceOfReferralCodes;
import org.opendoor.triage.returns.CensusRule.Hit;

/**
 * The DfE CIN census 2025-26 rules OpenDoor checks, each a small predicate over a child or one of its referrals (or,
 * for the rules across children, a small class of its own). Which rules there are, how serious and what they say is
 * {@value #FILE}; a rule without a row, or a row without a rule, stops start-up.
 */
final class CensusRules {
    static final String FILE = "returns/cin-census-rules-2025-26.csv";
    private static final String CLOSURE_REASONS = "returns/closure-reasons.csv";
    private static final Set<String> PRIMARY_NEEDS = Set.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8",
            "N9");
    private static final int MAX_LA_CHILD_ID = 20;
    private static final int WEEKS_BEFORE_BIRTH_DAYS = 280;

    /** A rule's severity and message, from the file. */
    record Definition(String code, CensusFinding.Severity severity, String message) {
    }

    private final Map<String, Definition> definitions;
    private final List<CensusRule> rules;

    private CensusRules(Map<String, Definition> definitions, List<CensusRule> rules) {
        this.definitions = definitions;
        this.rules = rules;
    }

    static CensusRules shipped() {
        CinCharacteristicCodes codes = CinCharacteristicCodes.shipped();
        SourceOfReferralCodes sources = SourceOfReferralCodes.load();
        Set<String> closureReasons = new HashSet<>();
        DataFile.load(CLOSURE_REASONS, 2).rows().forEach(r -> closureReasons.add(r.field(0)));
        return of(DataFile.load(FILE, 3), rules(codes, sources, closureReasons));
    }

    static CensusRules of(DataFile file, List<CensusRule> rules) {
        Map<String, Definition> definitions = new HashMap<>();
        for (DataFile.Row row : file.rows()) {
            CensusFinding.Severity severity;
            try {
                severity = CensusFinding.Severity.valueOf(row.field(1));
            } catch (IllegalArgumentException e) {
                throw file.error(row, "severity must be ERROR or QUERY");
            }
            if (definitions.put(row.field(0), new Definition(row.field(0), severity, row.field(2))) != null) {
                throw file.error(row, "rule " + row.field(0) + " is listed twice");
            }
        }
        Set<String> implemented = new HashSet<>();
        for (CensusRule rule : rules) {
            if (!definitions.containsKey(rule.code())) {
                throw new IllegalStateException(file.name() + ": no row for rule " + rule.code());
            }
            implemented.add(rule.code());
        }
        for (String code : definitions.keySet()) {
            if (!implemented.contains(code)) {
                throw new IllegalStateException(file.name() + ": rule " + code + " has no implementation");
            }
        }
        return new CensusRules(Map.copyOf(definitions), List.copyOf(rules));
    }

    /** Every finding of the return, child by child in the return's order, rules in the file's order within a child. */
    List<CensusFinding> validate(CensusReturn census) {
        List<CensusFinding> findings = new ArrayList<>();
        for (CensusRule rule : rules) {
            Definition d = definitions.get(rule.code());
            for (Hit hit : rule.check(census)) {
                findings.add(new CensusFinding(hit.laChildId(), hit.reference(), d.code(), d.severity(), d.message()));
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < census.children().size(); i++) {
            order.putIfAbsent(census.children().get(i).laChildId(), i);
        }
        findings.sort(java.util.Comparator.comparing((CensusFinding f) -> order.getOrDefault(f.laChildId(), -1)));
        return findings;
    }

    Definition definition(String code) {
        return definitions.get(code);
    }

    private static List<CensusRule> rules(CinCharacteristicCodes codes, SourceOfReferralCodes sources,
            Set<String> closureReasons) {
        return List.of(
                child("8500", c -> c.laChildId() == null || c.laChildId().isBlank()),
                child("1570", c -> c.laChildId() != null && c.laChildId().length() > MAX_LA_CHILD_ID),
                child("1580", c -> c.laChildId() != null && !c.laChildId().chars().allMatch(Character::isLetterOrDigit)),
                SharedChildValue.laChildId(),
                child("1510", c -> c.upn() != null && Upn.wrongCheckLetter(c.upn())),
                SharedChildValue.upn(),
                child("1530", c -> c.upn() != null && Upn.unknownLaCode(c.upn())),
                child("1540", c -> c.upn() != null && Upn.notNumeric(c.upn())),
                child("1550", c -> c.upn() != null && Upn.badLastCharacter(c.upn())),
                child("1560Q", c -> c.formerUpn() != null && Upn.malformed(c.formerUpn())),
                childInYear("8770Q", (c, y) -> c.upn() == null && c.anyFurtherAction() && c.birthDate() != null
                        && !c.birthDate().isAfter(LocalDate.of(y.year() - 6, 8, 31))
                        && (c.upnUnknown() == null || c.upnUnknown().equals("UN1")
                                || !codes.upnUnknownCodes().contains(c.upnUnknown()))),
                child("8772", c -> "UN7".equals(c.upnUnknown()) && c.anyFurtherAction()),
                child("4180", c -> c.sex() == null || !codes.sexCodes().contains(c.sex())),
                child("8750", c -> c.expectedBirthDate() != null && c.birthDate() == null && !"U".equals(c.sex())),
                child("4220", c -> c.ethnicity() == null || !codes.ethnicityCodes().contains(c.ethnicity())),
                child("8540", c -> c.birthDate() != null && c.anyFurtherAction() && (c.disabilities() == null
                        || !codes.disabilityCodes().containsAll(c.disabilities()))),
                child("8790", c -> c.disabilities() != null && c.disabilities().size() > 1
                        && c.disabilities().contains(CinCharacteristicCodes.NO_DISABILITY)),
                child("8794", c -> c.disabilities() != null
                        && new HashSet<>(c.disabilities()).size() < c.disabilities().size()),
                childInYear("8520", (c, y) -> c.birthDate() != null && c.birthDate().isAfter(y.referenceDate())),
                child("8525Q", c -> (c.birthDate() == null) == (c.expectedBirthDate() == null)),
                childInYear("8530Q", (c, y) -> c.expectedBirthDate() != null
                        && (!c.expectedBirthDate().isAfter(y.referenceDate().minusDays(30))
                                || !c.expectedBirthDate().isBefore(y.referenceDate().plusMonths(9)))),
                referral("8600", (c, r, y) -> r.referralDate() == null || r.referralDate().isAfter(y.referenceDate())),
                referral("8606", (c, r, y) -> r.referralDate() != null
                        && (before(r.referralDate(), c.birthDate()) || before(r.referralDate(), c.expectedBirthDate()))),
                referral("8866", (c, r, y) -> !sources.isKnown(r.referralSource())),
                referral("8650", (c, r, y) -> r.primaryNeedCode() != null && !PRIMARY_NEEDS.contains(r.primaryNeedCode())),
                referral("8610", (c, r, y) -> Boolean.FALSE.equals(r.referralNfa()) && r.primaryNeedCode() == null),
                referral("8568", (c, r, y) -> r.referralNfa() == null),
                referral("8620", (c, r, y) -> r.closureDate() != null && !y.contains(r.closureDate())),
                referral("8630", (c, r, y) -> r.closureDate() != null && r.referralDate() != null
                        && r.closureDate().isBefore(r.referralDate())),
                referral("8640", (c, r, y) -> r.reasonForClosure() != null
                        && !closureReasons.contains(r.reasonForClosure())),
                referral("8805", (c, r, y) -> r.closureDate() != null && r.reasonForClosure() == null),
                referral("8810", (c, r, y) -> r.reasonForClosure() != null && r.closureDate() == null),
                new OpenReferrals(),
                new OverlappingReferrals(),
                // the front door holds no assessments: every RC8 or RC9 closure it makes is asked about
                referral("8825Q", (c, r, y) -> "RC8".equals(r.reasonForClosure()) || "RC9".equals(r.reasonForClosure())));
    }

    /** Rule 8606: the referral is more than 280 days (40 weeks) before the (expected) birth. */
    private static boolean before(LocalDate referred, LocalDate birth) {
        return birth != null && referred.isBefore(birth.minusDays(WEEKS_BEFORE_BIRTH_DAYS));
    }

    interface ReferralCheck {
        boolean breaks(CensusChild child, CensusReferral referral, CollectionYear year);
    }

    static CensusRule child(String code, Predicate<CensusChild> breaks) {
        return childInYear(code, (c, y) -> breaks.test(c));
    }

    static CensusRule childInYear(String code, BiPredicate<CensusChild, CollectionYear> breaks) {
        return rule(code, census -> census.children().stream().filter(c -> breaks.test(c, census.year()))
                .map(c -> new Hit(c.laChildId(), null)).toList());
    }

    static CensusRule referral(String code, ReferralCheck breaks) {
        return rule(code, census -> {
            List<Hit> hits = new ArrayList<>();
            for (CensusChild c : census.children()) {
                for (CensusReferral r : c.referrals()) {
                    if (breaks.breaks(c, r, census.year())) {
                        hits.add(new Hit(c.laChildId(), r.reference()));
                    }
                }
            }
            return hits;
        });
    }

    private static CensusRule rule(String code, Function<CensusReturn, List<Hit>> check) {
        return new CensusRule() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public List<Hit> check(CensusReturn census) {
                return check.apply(census);
            }
        };
    }
}
