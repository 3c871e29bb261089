package dev.fuselage.app.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's preferences (window layout, recent projects, renderer choice, first-run state) in one JSON file,
 * {@link UserFolders#preferences()}, seen through the standard {@link Preferences} API so the classes that
 * remember things need not know where.
 *
 * <p>File format: a JSON object per node; a string member is a key and its value, an object member is a child
 * node: {@code {"workspace": {"recent.0": "/home/ann/projects/street", "window.w": "1400.0"}}}. Every change is
 * written at once, atomically (a temporary file renamed over the old one), so a crash never leaves half a file.
 *
 * <p>A file that cannot be parsed, or holds anything but strings and objects, is not an error the user can fix
 * in the app: it is moved aside to {@code preferences.json.corrupt}, the preferences start empty, and
 * {@link #resetMessage()} says what happened (the app shows it). Opening never fails because of the content.
 */
public final class PreferencesFile {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final boolean persistent;
    private final Object lock = new Object();
    private final Node root;
    private final String resetMessage;
    private IOException lastWriteFailure;

    private PreferencesFile(Path file, JsonNode content, String resetMessage) {
        this(file, content, resetMessage, true);
    }

    private PreferencesFile(Path file, JsonNode content, String resetMessage, boolean persistent) {
        this.file = file;
        this.persistent = persistent;
        this.resetMessage = resetMessage;
        this.root = new Node(null, "");
        if (content != null) {
            root.load((ObjectNode) content);
        }
    }

    /**
     * Reads {@code file}; a missing file means empty preferences, a corrupt one is moved aside and reset.
     *
     * @throws IOException only when the file exists but cannot be read at all (permissions, I/O error)
     */
    public static PreferencesFile open(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return new PreferencesFile(file, null, null);
        }
        String problem;
        try {
            JsonNode tree = JSON.readTree(text);
            problem = tree == null || !tree.isObject() ? "the file is not a JSON object" : invalidMember(tree, "");
            if (problem == null) {
                return new PreferencesFile(file, tree, null);
            }
        } catch (JsonProcessingException e) {
            problem = e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        String message = "The preferences file " + file + " was damaged (" + problem
                + ") and has been reset; window layout and recent projects start afresh. The damaged file is kept as "
                + aside + ".";
        LOG.warn(message);
        return new PreferencesFile(file, null, message);
    }

    /**
     * Defaults kept in memory only, for a file {@link #open} could not read: writing over a file that could not
     * be read might destroy settings a fixed permission would bring back.
     */
    public static PreferencesFile unreadable(Path file, IOException why) {
        return new PreferencesFile(file, null, "The preferences file " + file + " cannot be read (" + why
                + "); Fuselage uses default settings and does not save them this time.", false);
    }

    /** Null when every member of {@code node} is a string or a valid object, else what is wrong and where. */
    private static String invalidMember(JsonNode node, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = path.isEmpty() ? e.getKey() : path + "/" + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                String inner = invalidMember(v, where);
                if (inner != null) {
                    return inner;
                }
            } else if (!v.isTextual()) {
                return "'" + where + "' is " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                        + ", not a string or an object";
            }
        }
        return null;
    }

    /** The root node; {@code root().node("workspace")} etc. */
    public Preferences root() {
        return root;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** What to tell the user when the file was damaged and reset at {@link #open} (or unreadable); else empty. */
    public Optional<String> resetMessage() {
        return Optional.ofNullable(resetMessage);
    }

    /**
     * The last failure to write the file, if the latest write failed (a full disk, a read-only folder): the
     * preferences then live on in memory and the next change tries again.
     */
    public Optional<IOException> lastWriteFailure() {
        synchronized (lock) {
            return Optional.ofNullable(lastWriteFailure);
        }
    }

    private void save() {
        if (!persistent) {
            return;
        }
        synchronized (lock) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".preferences", ".tmp");
                try {
                    Files.writeString(tmp, JSON.writeValueAsString(root.toJson()));
                    try {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
                lastWriteFailure = null;
            } catch (IOException e) {
                if (lastWriteFailure == null) {
                    LOG.warn("cannot save the preferences to {}", file, e);
                }
                lastWriteFailure = e;
            }
        }
    }

    /** One node: its keys and its children, guarded by the file's lock (a save walks them all). */
    private final class Node extends AbstractPreferences {
        private final Map<String, String> values = new TreeMap<>();
        private final Map<String, Node> children = new TreeMap<>();

        Node(Node parent, String name) {
            super(parent, name);
        }

        void load(ObjectNode json) {
            json.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    Node child = new Node(this, e.getKey());
                    children.put(e.getKey(), child);
                    child.load((ObjectNode) e.getValue());
                } else {
                    values.put(e.getKey(), e.getValue().textValue());
                }
            });
        }

        ObjectNode toJson() {
            ObjectNode out = JSON.createObjectNode();
            values.forEach(out::put);
            children.forEach((name, child) -> out.set(name, child.toJson()));
            return out;
        }

        @Override
        protected void putSpi(String key, String value) {
            synchronized (lock) {
                if (!value.equals(values.put(key, value))) {
                    save();
                }
            }
        }

        @Override
        protected String getSpi(String key) {
            synchronized (lock) {
                return values.get(key);
            }
        }

        @Override
        protected void removeSpi(String key) {
            synchronized (lock) {
                if (values.remove(key) != null) {
                    save();
                }
            }
        }

        @Override
        protected void removeNodeSpi() {
            synchronized (lock) {
                ((Node) parent()).children.remove(name());
                save();
            }
        }

        @Override
        protected String[] keysSpi() {
            synchronized (lock) {
                return values.keySet().toArray(String[]::new);
            }
        }

        @Override
        protected String[] childrenNamesSpi() {
            synchronized (lock) {
                return children.keySet().toArray(String[]::new);
            }
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            synchronized (lock) {
                return children.computeIfAbsent(name, n -> new Node(this, n));
            }
        }

        @Override
        protected void syncSpi() throws BackingStoreException {
            // every change is already on disk
        }

        @Override
        protected void flushSpi() throws BackingStoreException {
            // every change is already on disk
        }
    }
}
