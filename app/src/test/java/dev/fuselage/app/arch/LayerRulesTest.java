package dev.fuselage.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of the developers' guide as tests, checked over every module's classes (the app sees them all on
 * its class path): no GUI or GL below the modules that own them, modules depend only downwards, the project layer
 * owns the store and the datasets, and app holds the JavaFX shell and the command line only. Every rule's subject
 * must exist: a rule over an emptied package fails instead of passing vacuously.
 */
@AnalyzeClasses(packages = "dev.fuselage", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    private static final String CORE = "dev.fuselage.core..";
    private static final String ONTOLOGY = "dev.fuselage.ontology..";
    private static final String IO = "dev.fuselage.io..";
    private static final String FUSION = "dev.fuselage.fusion..";
    private static final String AI = "dev.fuselage.ai..";
    private static final String RENDER = "dev.fuselage.render..";
    private static final String PROJECT = "dev.fuselage.project..";
    private static final String APP = "dev.fuselage.app..";
    private static final String[] BELOW_APP = {CORE, ONTOLOGY, IO, FUSION, AI, PROJECT};

    /**
     * App classes that use neither JavaFX nor picocli, each a helper of the UI or the CLI, with the reason it stays
     * in app. Anything else JavaFX- and picocli-free belongs in the project layer or below.
     */
    private static final Map<String, String> APP_HELPERS = Map.ofEntries(
            Map.entry("dev.fuselage.app.Main",
                    "the launcher: picks desktop or command line"),
            Map.entry("dev.fuselage.app.cli.CloudSummary",
                    "the info command's report (its JSON keys are the CLI's contract)"),
            Map.entry("dev.fuselage.app.ui.DesktopUnavailableException",
                    "raised when the JavaFX toolkit cannot start"),
            Map.entry("dev.fuselage.app.ui.view3d.FrameStatus",
                    "the status bars' text for the frames the 3D view reports"),
            Map.entry("dev.fuselage.app.ui.view3d.RenderFailedException",
                    "a failed frame of the 3D view, handed to the error dialog"),
            Map.entry("dev.fuselage.app.ui.errors.ErrorReport",
                    "what the error dialog shows and copies (message, details, log path)"),
            Map.entry("dev.fuselage.app.support.BuildInfo",
                    "the app's version, filtered into its resources at build time"),
            Map.entry("dev.fuselage.app.support.AboutInfo",
                    "the facts Help > About shows (app, Java, JavaFX, renderer, ONNX Runtime versions)"),
            Map.entry("dev.fuselage.app.support.UserFolders",
                    "the desktop app's data, log and settings folders (XDG)"),
            Map.entry("dev.fuselage.app.support.SilentLogConfigurator",
                    "configures the app's logging backend at start-up"),
            Map.entry("dev.fuselage.app.support.PreferencesFile",
                    "the desktop app's preferences file (window layout, recent projects, renderer)"),
            Map.entry("dev.fuselage.app.support.AppLog",
                    "the app's rolling log file"),
            Map.entry("dev.fuselage.app.ui.viewer.SceneLoader",
                    "fills the viewer's render scene (render is not below project)"),
            Map.entry("dev.fuselage.app.ui.workspace.camera.PointLayer",
                    "pixels of the camera strip's point overlay"),
            Map.entry("dev.fuselage.app.ui.workspace.camera.CameraView",
                    "one camera panel's decoded image and overlays"),
            Map.entry("dev.fuselage.app.ui.workspace.camera.BoxOverlay",
                    "the camera strip's projected boxes, in pixels"),
            Map.entry("dev.fuselage.app.ui.workspace.camera.ProjectedBox",
                    "one box of the camera strip's overlay, in pixels"),
            Map.entry("dev.fuselage.app.ui.workspace.model.BoxClassColumn",
                    "the class colouring's point column for the render scene (render is not below project)"),
            Map.entry("dev.fuselage.app.ui.workspace.model.CloudExtent",
                    "what F frames in the 3D view"),
            Map.entry("dev.fuselage.app.ui.workspace.paint.PaintTool",
                    "the paint tools' names (an enum the Segment menu and pane show)"),
            Map.entry("dev.fuselage.app.ui.workspace.paint.PaintView",
                    "the painted view's label columns, mirroring the store for the renderer"));

    @ArchTest
    static final ArchRule belowAppHasNoJavaFx = noClasses().that().resideInAnyPackage(BELOW_APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule belowAppHasNoGl = noClasses().that().resideInAnyPackage(BELOW_APP)
            .should().dependOnClassesThat().resideInAnyPackage("org.lwjgl..");

    @ArchTest
    static final ArchRule renderHasNoControls = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.fxml..");

    @ArchTest
    static final ArchRule coreDependsOnNothingOfOurs = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ONTOLOGY, IO, FUSION, AI, RENDER, PROJECT, APP);

    @ArchTest
    static final ArchRule ontologyUsesOnlyCore = noClasses().that().resideInAPackage(ONTOLOGY)
            .should().dependOnClassesThat().resideInAnyPackage(IO, FUSION, AI, RENDER, PROJECT, APP);

    @ArchTest
    static final ArchRule ioUsesOnlyCoreAndOntology = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(FUSION, AI, RENDER, PROJECT, APP);

    @ArchTest
    static final ArchRule ioHasOnlyFileFormats = noClasses().should()
            .resideInAnyPackage("dev.fuselage.io.store..", "dev.fuselage.io.dataset..")
            .because("the annotation store and dataset import/export belong to the project layer");

    @ArchTest
    static final ArchRule ioHasNoDatabase = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule fusionUsesOnlyCore = noClasses().that().resideInAPackage(FUSION)
            .should().dependOnClassesThat().resideInAnyPackage(IO, ONTOLOGY, RENDER, AI, PROJECT, APP);

    @ArchTest
    static final ArchRule aiUsesCoreFusionOntology = noClasses().that().resideInAPackage(AI)
            .should().dependOnClassesThat().resideInAnyPackage(IO, RENDER, PROJECT, APP);

    @ArchTest
    static final ArchRule renderUsesOnlyCoreAndFusion = noClasses().that().resideInAPackage(RENDER)
            .should().dependOnClassesThat().resideInAnyPackage(IO, ONTOLOGY, AI, PROJECT, APP);

    @ArchTest
    static final ArchRule projectIsBelowRenderAndApp = noClasses().that().resideInAPackage(PROJECT)
            .should().dependOnClassesThat().resideInAnyPackage(RENDER, APP);

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheApp = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP);

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackages("dev.fuselage.app.cli..")
            .and().doNotHaveFullyQualifiedName("dev.fuselage.app.Main")
            // the last resort when an error arrives after the JavaFX toolkit has gone: the log and stderr remain
            .and().doNotHaveFullyQualifiedName("dev.fuselage.app.ui.errors.ErrorReporter")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the desktop app and the layers below report through exceptions, models and the log");

    @ArchTest
    static final ArchRule cliHasNoJavaFxControls = classes().that().resideInAPackage("dev.fuselage.app.cli..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene.control..");

    /** App classes that use neither JavaFX nor picocli are exactly the named UI/CLI helpers. */
    @Test
    void appHoldsOnlyTheUiAndTheCommandLine() {
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.fuselage.app");
        Set<String> plain = new TreeSet<>();
        for (JavaClass c : app) {
            if (c.isNestedClass() || c.isAnonymousClass() || c.getSimpleName().equals("package-info")) {
                continue;
            }
            boolean ui = c.getDirectDependenciesFromSelf().stream().anyMatch(d -> {
                String p = d.getTargetClass().getPackageName();
                return p.startsWith("javafx") || p.startsWith("picocli");
            });
            if (!ui) {
                plain.add(c.getName());
            }
        }
        assertEquals(new TreeSet<>(APP_HELPERS.keySet()), plain,
                "app classes with neither JavaFX nor picocli; move them to the project layer or name them here");
    }
}
