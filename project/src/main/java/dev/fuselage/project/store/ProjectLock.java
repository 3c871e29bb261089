package dev.fuselage.project.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to write a project, held as an OS lock on {@code project.lock} for as long as the writer has
 * the project open. The OS drops the lock when the process dies, even by {@code kill -9}, so a stale lock file
 * never blocks anyone; the file only tells the next opener who holds the project ({@code pid=1234}).
 *
 * <p>The lock covers one byte far beyond the file's end rather than the pid text, so that other processes can read
 * the text on systems with mandatory locks. Locks held by this JVM are also tracked in memory: on POSIX systems
 * closing any channel of the file would release the process's lock, so this JVM never opens the file of a lock it
 * holds.
 */
final class ProjectLock implements AutoCloseable {
    private static final long LOCK_POSITION = 1L << 40;
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or returns empty when another window (this process or another) holds it. */
    static Optional<ProjectLock> tryAcquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key);
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return Optional.of(new ProjectLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_HERE.remove(key);
            throw e;
        }
    }

    /** Who holds the lock, as "pid N", read from the lock file; "another process" when it cannot be read. */
    static String holder(Path lockFile) {
        Path key = lockFile.toAbsolutePath().normalize();
        if (HELD_HERE.contains(key)) {
            return "pid " + ProcessHandle.current().pid();
        }
        try {
            String text = Files.readString(key, StandardCharsets.US_ASCII).trim();
            if (text.startsWith("pid=") && text.substring(4).chars().allMatch(Character::isDigit)
                    && text.length() > 4) {
                return "pid " + text.substring(4);
            }
        } catch (NoSuchFileException e) {
            return "another process";
        } catch (IOException e) {
            return "another process";
        }
        return "another process";
    }

    /** Releases the lock; closing again does nothing (a window and its owner may both close the project). */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(file);
        }
    }
}
