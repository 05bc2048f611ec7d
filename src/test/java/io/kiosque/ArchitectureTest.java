package io.kiosque;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package layout stays as the README's map draws it: no two packages depend on each other, even through others, and
 * each layer imports only the layers below it, so that plumbing (HTTP, security, content) never knows a feature.
 */
class ArchitectureTest {

    /** Bottom to top. A package may import only packages of the layers before its own. */
    static final List<String> LAYERS = List.of("http", "security", "content", "search", "section", "author", "tag",
            "token", "article", "suggestion", "changes", "caching", "syndication", "webhook", "imports", "dev");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.kiosque");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.kiosque.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyLayerImportsOnlyTheLayersBelowIt() {
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            List<String> above = LAYERS.subList(layer + 1, LAYERS.size()).stream()
                    .map(name -> "io.kiosque." + name + "..").toList();
            if (!above.isEmpty()) {
                noClasses().that().resideInAPackage("io.kiosque." + LAYERS.get(layer) + "..").should()
                        .dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                        .because(LAYERS.get(layer) + " is below " + String.join(", ", LAYERS.subList(layer + 1,
                                LAYERS.size())))
                        .check(CLASSES);
            }
        }
    }

    @Test
    void everyPackageIsALayer() {
        noClasses().should().resideOutsideOfPackages(LAYERS.stream().map(name -> "io.kiosque." + name + "..")
                .toArray(String[]::new)).check(CLASSES);
    }
}
