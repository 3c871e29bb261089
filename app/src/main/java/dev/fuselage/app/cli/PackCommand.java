package dev.fuselage.app.cli;

import dev.fuselage.project.pack.ProjectPack;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fuselage pack --project P --out FILE.zip [--with-data]}: the project as one file to hand off. */
@Command(name = "pack", description = "Pack a project (labels, review state, comments, settings) into a zip.")
final class PackCommand implements Callable<Integer> {
    @Option(names = "--project", required = true, paramLabel = "P", description = "Project folder.")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The pack to write.")
    Path out;

    @Option(names = "--with-data", description = "Copy the data folders into the pack (paths become relative).")
    boolean withData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ProjectStore p = ProjectStore.open(project)) {
            ProjectPack.pack(p, out, withData);
        }
        spec.commandLine().getOut().println("packed " + project + " into " + out.toAbsolutePath().normalize()
                + (withData ? " with its data" : ""));
        return 0;
    }
}
