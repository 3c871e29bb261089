package dev.fuselage.io.las;

import com.github.mreutegg.laszip4j.laszip.ArithmeticDecoder;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * laszip4j 0.20's {@link ArithmeticDecoder#readInt64()} sign-extends the low 32 bits before OR-ing in the high
 * ones, so every raw 64-bit value whose bit 31 is set comes back with its upper half replaced by ones. LASzip
 * writes such raw values for GPS times in the version-1 GPS item (old LAZ files: the
 * {@code simple-laszip-compressor-version-1.2r0.laz} fixture loses its times) and for wave packet offsets. This
 * decoder fixes the method; {@link #install} swaps it in for every decoder a freshly set-up laszip4j reader
 * holds, before any byte has been decoded, so the decoders keep the sharing laszip4j set up.
 */
final class Int64SafeDecoder extends ArithmeticDecoder {
    private static final String PACKAGE = "com.github.mreutegg.laszip4j.";

    @Override
    public long readInt64() {
        long low = readInt() & 0xFFFFFFFFL;
        long high = readInt();
        return high << 32 | low;
    }

    /**
     * Replaces, in the object graph of a laszip4j reader that has been set up but not yet used, every
     * {@link ArithmeticDecoder} by an {@code Int64SafeDecoder} (one replacement per original, so decoders shared
     * between items stay shared).
     */
    static void install(Object reader) {
        try {
            walk(reader, new IdentityHashMap<>(), new IdentityHashMap<>());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot patch laszip4j's decoder: " + e.getMessage(), e);
        }
    }

    private static void walk(Object node, Map<Object, Object> seen, Map<Object, ArithmeticDecoder> replaced)
            throws IllegalAccessException {
        if (node == null || seen.put(node, node) != null) {
            return;
        }
        if (node.getClass().isArray()) {
            if (!node.getClass().getComponentType().isPrimitive()) {
                for (int i = 0, n = Array.getLength(node); i < n; i++) {
                    Object element = Array.get(node, i);
                    if (element instanceof ArithmeticDecoder d && !(d instanceof Int64SafeDecoder)) {
                        Array.set(node, i, replaced.computeIfAbsent(d, k -> new Int64SafeDecoder()));
                    } else if (element != null && fromLaszip(element.getClass())) {
                        walk(element, seen, replaced);
                    }
                }
            }
            return;
        }
        for (Class<?> c = node.getClass(); c != null && fromLaszip(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(node);
                if (value instanceof ArithmeticDecoder d && !(d instanceof Int64SafeDecoder)) {
                    f.set(node, replaced.computeIfAbsent(d, k -> new Int64SafeDecoder()));
                } else if (value != null && (fromLaszip(value.getClass()) || value.getClass().isArray()
                        && fromLaszip(baseComponent(value.getClass())))) {
                    walk(value, seen, replaced);
                }
            }
        }
    }

    private static Class<?> baseComponent(Class<?> arrayType) {
        Class<?> c = arrayType;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c;
    }

    private static boolean fromLaszip(Class<?> c) {
        return c.getName().startsWith(PACKAGE);
    }
}
