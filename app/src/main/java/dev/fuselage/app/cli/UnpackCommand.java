package dev.fuselage.app.cli;

import dev.fuselage.project.pack.ProjectPack;
import dev.fuselage.project.store.ProjectStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fuselage unpack FILE.zip --out DIR}: a pack made by {@code fuselage pack}, as a project folder. */
@Command(name = "unpack", description = "Unpack a project made by 'fuselage pack' into a new folder.")
final class UnpackCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The pack.")
    Path pack;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the project.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ProjectStore p = ProjectPack.unpack(pack, out)) {
            spec.commandLine().getOut().println("unpacked " + p.descriptor().name() + " into " + p.folder() + ": "
                    + p.annotations().frames().size() + " frames");
        }
        return 0;
    }
}
