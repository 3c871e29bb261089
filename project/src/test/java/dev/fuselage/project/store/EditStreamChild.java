package dev.fuselage.project.store;

import dev.fuselage.core.edit.EditHistory;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Child process of {@link KillNineTest}: opens the project, performs edits {@code start, start+1, ...} of
 * {@link EditStream} forever and prints each edit's number only after the store has committed it. The parent kills
 * it with SIGKILL at a random moment.
 *
 * <p>Arguments: project folder, first edit number. With {@code hold} as the second argument it just opens the
 * project, prints {@code ready} and waits (the second-window test).
 */
public final class EditStreamChild {
    private EditStreamChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "US-ASCII");
        try (ProjectStore project = ProjectStore.open(Path.of(args[0]))) {
            if (project.isReadOnly()) {
                throw new IllegalStateException("child expected a writable project: " + project.readOnlyReason());
            }
            if (args[1].equals("hold")) {
                out.println("ready");
                out.flush();
                Thread.sleep(60_000);
                return;
            }
            long seq = Long.parseLong(args[1]);
            EditHistory history = new EditHistory(project.annotations(), 100);
            while (true) {
                EditStream.step(seq, project.annotations(), history);
                out.println(seq);
                out.flush();
                seq++;
            }
        }
    }
}
