package dev.fuselage.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of DEVELOPERS.md as tests, checked over every module's classes (the app sees them all on its
 * class path): no GUI or GL below the modules that own them, and modules depend only downwards.
 */
@AnalyzeClasses(packages = "dev.fuselage", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    private static final String[] MODEL = {"dev.fuselage.core..", "dev.fuselage.io..", "dev.fuselage.ontology..",
            "dev.fuselage.fusion..", "dev.fuselage.ai.."};

    @ArchTest
    static final ArchRule modelHasNoJavaFx = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule modelHasNoGl = noClasses().that().resideInAnyPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("org.lwjgl..");

    @ArchTest
    static final ArchRule renderHasNoControls = noClasses().that().resideInAPackage("dev.fuselage.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.fxml..")
            .allowEmptyShould(true); // modules without classes yet (their issue comes later) must not fail

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses().that().resideInAPackage("dev.fuselage.core..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fuselage.io..", "dev.fuselage.ontology..",
                    "dev.fuselage.fusion..", "dev.fuselage.render..", "dev.fuselage.ai..", "dev.fuselage.app..");

    @ArchTest
    static final ArchRule ioStaysBelowFusionRenderAndApp = noClasses().that().resideInAPackage("dev.fuselage.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fuselage.fusion..", "dev.fuselage.render..",
                    "dev.fuselage.ai..", "dev.fuselage.app..");

    @ArchTest
    static final ArchRule fusionUsesOnlyCore = noClasses().that().resideInAPackage("dev.fuselage.fusion..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fuselage.io..", "dev.fuselage.ontology..",
                    "dev.fuselage.render..", "dev.fuselage.ai..", "dev.fuselage.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule renderUsesOnlyCoreAndFusion = noClasses().that().resideInAPackage("dev.fuselage.render..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.fuselage.io..", "dev.fuselage.ontology..",
                    "dev.fuselage.ai..", "dev.fuselage.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheApp = noClasses().that().resideOutsideOfPackage("dev.fuselage.app..")
            .should().dependOnClassesThat().resideInAPackage("dev.fuselage.app..");
}
