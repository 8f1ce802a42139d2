package org.opendoor.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opendoor.infra.DemoRealm;
import org.opendoor.infra.DevKeys;
import org.opendoor.infra.IdentityProvider;
import org.opendoor.infra.KeycloakServer;
import org.opendoor.infra.Tokens;
import org.opendoor.launcher.caseload.DemoCaseload;
import org.opendoor.launcher.history.Authority;
import org.opendoor.launcher.history.DemoHistory;
import org.opendoor.launcher.history.FigureUpload;
import org.opendoor.launcher.history.HistoricFigure;
import org.opendoor.launcher.history.HistoryModel;

/** {@code ./opendoor}: run OpenDoor on this machine. */
public final class OpenDoor {
    /** Claims a demo token of each role carries unless the caller gives others. */
    private static final Map<String, Map<String, String>> DEMO_CLAIMS = Map.of(
            "school", Map.of("org", "URN:100001"),
            "police", Map.of("org", "FORCE:LEICS"),
            "call_handler", Map.of("org", "ORG:LEICESTERSHIRE-CONTACT-CENTRE"),
            "professional", Map.of("org", "ORG:LPT-HEALTH-VISITING"),
            "duty_worker", Map.of("la", "E10000018", "team", "leicestershire-first-response"),
            "duty_manager", Map.of("la", "E10000018", "team", "leicestershire-first-response"),
            "auditor", Map.of("org", "ORG:LLR-SAFEGUARDING-PARTNERSHIP"),
            "rules_admin", Map.of("org", "ORG:LLR-SAFEGUARDING-PARTNERSHIP", "partnership", "LLR"),
            "analyst", Map.of("org", "ORG:LLR-SAFEGUARDING-PARTNERSHIP", "partnership", "LLR"));

    /** The briefing service under {@code ./opendoor up} (its port is not in {@link StackPorts} yet). */
    private static final URI BRIEFING = URI.create("http://localhost:" + StackPorts.standard().briefing());
    /** What the briefing records as the source of each imported figure. */
    private static final String DEMO_HISTORY_SOURCE = "OpenDoor demo history";

    private OpenDoor() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("opendoor.root", ".")).toAbsolutePath().normalize();
        Path home = root.resolve(".opendoor");
        String command = args.length == 0 ? "help" : args[0];
        Map<String, String> options = options(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        switch (command) {
            case "up" -> up(root, home);
            case "token" -> token(home, options);
            case "demo-history" -> demoHistory(options);
            case "demo-caseload" -> demoCaseload(home);
            case "reset" -> reset(home);
            default -> help();
        }
    }

    private static void up(Path root, Path home) throws InterruptedException {
        long started = System.nanoTime();
        Stack stack;
        try {
            stack = Stack.startWithKeycloak(root, home, StackPorts.standard(), false, System.out::println, Map.of());
        } catch (IllegalStateException e) {
            // what is missing or broken, said plainly (a JDK 21+ for Keycloak, a port in use, ...)
            System.err.println("\nOpenDoor did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        long readyMs = (System.nanoTime() - started) / 1_000_000;
        IdentityProvider keycloak = stack.infra().endpoints().identityProvider().orElseThrow();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping OpenDoor...");
            stack.close();
            System.out.println("Stopped. Data kept in " + home + " (./opendoor reset to start afresh).");
            stopped.countDown();
        }));
        System.out.printf("""

                OpenDoor is up (ready in %d ms). Data, logs and keys: %s

                  report a concern %s/   (the public web journey)
                  staff sign-in    %s/staff   (demo users below, password opendoor-demo)
                  referral-intake  %s/api/v1/referrals   Swagger UI: %s/q/swagger-ui
                  triage-service   %s/api/v1/cases       Swagger UI: %s/q/swagger-ui
                  agency-notify    %s/api/v1/notifications  Swagger UI: %s/q/swagger-ui
                  briefing-service %s/api/v1/briefings/{yyyy-MM}?area=DDSCP  Swagger UI: %s/q/swagger-ui
                  public form API  %s/api/v1/public/concerns (no token)
                  mail sent        %s
                  health, metrics  /q/health/ready, /q/metrics on each service's management port
                                   (%s)
                  Keycloak         issuer %s
                                   JWKS %s
                                   admin console %s (user and password %s)

                Get a token for a role (school, police, call_handler, professional, duty_worker, duty_manager,
                auditor, rules_admin, analyst), signed with the development key (the embedded Keycloak's realm
                key), e.g.:
                  ./opendoor token --role school --org URN:100001
                  ./opendoor token --role duty_worker --la E10000018
                or one from Keycloak, for a demo user (%s) or a partner system (%s):
                  ./opendoor token --user duty-worker
                  ./opendoor token --client school-100001

                Press Ctrl-C to stop.
                """, readyMs, home, "http://localhost:" + stack.web().port(), "http://localhost:" + stack.web().port(),
                stack.intake().baseUrl(),
                stack.intake().managementUrl(), stack.triage().baseUrl(), stack.triage().managementUrl(),
                stack.agencyNotify().baseUrl(), stack.agencyNotify().managementUrl(), stack.briefing().baseUrl(),
                stack.briefing().managementUrl(),
                stack.intake().baseUrl(), stack.mailViewer().url(),
                String.join(", ", stack.processes().stream().map(p -> p.name() + " " + p.managementUrl()).toList()),
                keycloak.issuer(),
                keycloak.jwksUrl(), keycloak.adminConsole(), KeycloakServer.ADMIN,
                String.join(", ", DemoRealm.load().users().stream().map(DemoRealm.DemoUser::username).toList()),
                String.join(", ", DemoRealm.load().partnerClients()));
        stopped.await();
    }

    private static void token(Path home, Map<String, String> options) {
        if (options.containsKey("user") || options.containsKey("client")) {
            keycloakToken(options);
            return;
        }
        String role = options.get("role");
        if (role == null || !DEMO_CLAIMS.containsKey(role)) {
            System.err.println("Usage: ./opendoor token --role <" + String.join("|", DEMO_CLAIMS.keySet().stream().sorted().toList())
                    + "> [--org ORG] [--la ONS_CODE] [--team TEAM] [--partnership LLR|DDSCP]   (development key)\n"
                    + "       ./opendoor token --user <" + String.join("|", DemoRealm.load().users().stream()
                            .map(DemoRealm.DemoUser::username).toList()) + ">   (Keycloak)\n"
                    + "       ./opendoor token --client <" + String.join("|", DemoRealm.load().partnerClients())
                    + ">   (Keycloak, client credentials)");
            System.exit(2);
        }
        Map<String, String> claims = new HashMap<>(DEMO_CLAIMS.get(role));
        for (String claim : List.of("org", "la", "team", "partnership")) {
            if (options.containsKey(claim)) {
                claims.put(claim, options.get(claim));
            }
        }
        // the development key is the embedded Keycloak's realm key: its tokens verify like Keycloak's own
        Tokens tokens = new Tokens(DevKeys.ensure(home.resolve("jwt")),
                new IdentityProvider("http://localhost:" + StackPorts.standard().infra().keycloak()).issuer());
        System.out.println(tokens.mint(role, claims.get("org"), claims.get("la"), claims.get("team"),
                claims.get("partnership")));
    }

    /** A token from the Keycloak of a running {@code ./opendoor up}: a demo user's, or a partner system's. */
    private static void keycloakToken(Map<String, String> options) {
        IdentityProvider keycloak = new IdentityProvider("http://localhost:" + StackPorts.standard().infra().keycloak());
        if (!keycloak.isUp()) {
            System.err.println("Keycloak is not running at " + keycloak.baseUrl() + ": start it with ./opendoor up "
                    + "(--role gives a development-key token without it).");
            System.exit(1);
        }
        try {
            System.out.println(options.containsKey("user") ? keycloak.tokenForUser(options.get("user"))
                    : keycloak.tokenForClient(options.get("client")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Several years of made-up monthly history for the five authorities, imported into the briefing as each
     * partnership's demo analyst, so that a new deployment's briefing has a baseline to weigh months against.
     */
    private static void demoHistory(Map<String, String> options) throws InterruptedException {
        DemoHistory history = DemoHistory.shipped();
        HistoryModel model = history.model();
        YearMonth from;
        YearMonth to;
        long seed;
        try {
            from = options.containsKey("from") ? YearMonth.parse(options.get("from")) : model.firstMonth();
            to = options.containsKey("to") ? YearMonth.parse(options.get("to"))
                    : DemoHistory.lastCompleteMonth(Clock.systemUTC());
            seed = options.containsKey("seed") ? Long.parseLong(options.get("seed")) : model.seed();
        } catch (DateTimeParseException | NumberFormatException e) {
            System.err.println("Usage: ./opendoor demo-history [--from yyyy-MM] [--to yyyy-MM] [--seed N]   (months "
                    + "as 2015-01, the seed a whole number)");
            System.exit(2);
            return;
        }
        IdentityProvider keycloak = new IdentityProvider("http://localhost:" + StackPorts.standard().infra().keycloak());
        if (!keycloak.isUp()) {
            System.err.println("Keycloak is not running at " + keycloak.baseUrl() + ": start OpenDoor with ./opendoor up "
                    + "(in another terminal), then run ./opendoor demo-history again.");
            System.exit(1);
        }
        List<HistoricFigure> figures;
        try {
            figures = history.figures(from, to, seed);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.printf("Demo history %s to %s (seed %d): %,d figures for %s; sending them to %s%n", from, to, seed,
                figures.size(), String.join(", ", model.authorities().stream().map(Authority::name).toList()),
                BRIEFING);
        // each partnership's history goes in as its own demo analyst: an area must be in the caller's partnership
        FigureUpload upload = new FigureUpload(BRIEFING,
                partnership -> keycloak.tokenForUser("analyst-" + partnership.toLowerCase(Locale.ROOT)),
                line -> System.out.println("  " + line));
        try {
            FigureUpload.Counts total = upload.send(figures, area -> model.authority(area).partnership(),
                    DEMO_HISTORY_SOURCE);
            System.out.println("Imported: " + total + ". The briefings read it, e.g. " + BRIEFING
                    + "/api/v1/briefings/2020-06?area=DDSCP (as analyst-ddscp).");
        } catch (FigureUpload.Refused e) {
            System.err.println(e.getMessage() + "; nothing of that year was stored (the years before it were):");
            e.violations().forEach(v -> System.err.println("  " + v));
            System.exit(1);
        } catch (ConnectException e) {
            System.err.println("The briefing service is not answering at " + BRIEFING + ": start OpenDoor with "
                    + "./opendoor up (in another terminal), then run ./opendoor demo-history again.");
            System.exit(1);
        } catch (IOException e) {
            System.err.println("The briefing service at " + BRIEFING + " did not answer: " + e.getMessage());
            System.exit(1);
        } catch (IllegalStateException e) {
            // Keycloak refused an analyst's sign-in
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * A small made-up caseload per authority for the current CIN census year, submitted and decided through the
     * running services as a school and each authority's duty worker (development-key tokens), so that the census
     * return of each authority has something to export and validate.
     */
    private static void demoCaseload(Path home) throws InterruptedException {
        StackPorts ports = StackPorts.standard();
        Tokens tokens = new Tokens(DevKeys.ensure(home.resolve("jwt")),
                new IdentityProvider("http://localhost:" + ports.infra().keycloak()).issuer());
        DemoCaseload caseload = new DemoCaseload(URI.create("http://localhost:" + ports.intake()),
                URI.create("http://localhost:" + ports.triage()), tokens.mint("school", "URN:100001", null, null),
                (role, la) -> tokens.mint(role, null, la, null), line -> System.out.println("  " + line));
        try {
            List<DemoCaseload.Seeded> seeded = caseload.seed(DemoCaseload.shipped());
            System.out.println("Seeded " + seeded.size() + " referrals. The census return, e.g. (as a duty_manager "
                    + "of Leicestershire): http://localhost:" + ports.triage()
                    + "/api/v1/returns/cin-census/<year>?la=E10000018 with Accept: application/xml or application/json");
        } catch (ConnectException e) {
            System.err.println("OpenDoor is not answering: start it with ./opendoor up (in another terminal), then run "
                    + "./opendoor demo-caseload again.");
            System.exit(1);
        } catch (IOException | IllegalStateException e) {
            System.err.println("The demo caseload stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void reset(Path home) {
        for (String part : List.of("postgres", "kafka", "keycloak", "logs")) {
            org.opendoor.infra.EmbeddedInfrastructure.deleteDirectory(home.resolve(part));
        }
        System.out.println("Removed the local data in " + home + " (the development keys are kept).");
    }

    private static void help() {
        System.out.println("""
                Usage: ./opendoor <command>
                  up                 start PostgreSQL, Kafka, SMTP, Keycloak, the three services and the web front end;
                                     Ctrl-C stops them
                  token --role R     print a development bearer token (options --org, --la, --team, --partnership)
                  token --user U     print a demo user's access token from Keycloak (./opendoor up must be running)
                  token --client C   print a partner system's access token from Keycloak (client credentials)
                  demo-history       import several years of made-up monthly history for the five authorities into the
                                     briefing, as each partnership's analyst (./opendoor up must be running; options
                                     --from 2015-01, --to yyyy-MM (default: last month), --seed N)
                  demo-caseload      submit and decide a small made-up caseload per authority for the current CIN census
                                     year, through the running services (./opendoor up must be running)
                  reset              delete local data (stop the stack first)
                  bench              benchmark the whole pipeline (deploy/proof; options --rates 40,120 --seconds 20 --warmup 60 --out bench)
                """);
    }

    /** The command line's {@code --name value} pairs. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
