package org.opendoor.layout;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout rule of every module: its packages depend on each other in one direction only (a feature package, and
 * the module's root package of wiring classes, never both ways), so a newcomer can read a feature without reading
 * the whole service. Checked on the compiled classes of each module.
 */
class PackageCyclesTest {
    private static final Path ROOT = Path.of(System.getProperty("opendoor.root", "../..")).toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0}: no cycles between the packages under {1}")
    @CsvSource({
            "shared-model, org.opendoor",
            "referral-intake, org.opendoor.intake",
            "triage-service, org.opendoor.triage",
            "agency-notify, org.opendoor.notify",
            "briefing-service, org.opendoor.briefing",
            "deploy/launcher, org.opendoor.launcher",
            "deploy/proof, org.opendoor.proof",
            "web, org.opendoor.frontend"})
    void theModulesPackagesHaveNoCycles(String module, String rootPackage) {
        Path classes = ROOT.resolve(module).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " is missing: build the module first");
        }
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(List.of(classes));
        // cycles that existed when this test was written are frozen (archunit_store/); any new one fails
        FreezingArchRule.freeze(slices().assignedFrom(featureOf(rootPackage)).should().beFreeOfCycles()
                .as("packages under " + rootPackage + " should be free of cycles")).check(imported);
    }

    /** A class's slice: the package right under the module's root, or the root package itself. */
    private static SliceAssignment featureOf(String rootPackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(rootPackage)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!name.startsWith(rootPackage + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(rootPackage.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return "the packages under " + rootPackage;
            }
        };
    }
}
