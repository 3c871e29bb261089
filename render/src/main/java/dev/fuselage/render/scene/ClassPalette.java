package dev.fuselage.render.scene;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;

/**
 * Semantic class id to colour. The app fills it from the ontology; ids it does not name get a
 * {@linkplain Colormaps#hashed hashed} colour, and class 0 (unlabeled) is grey.
 */
public final class ClassPalette {
    /** Colour of class 0 and of ids the palette cannot hold. */
    public static final int UNLABELED = 0xFF9A9A9A;
    private static final int MAX_ID = 65535;
    private final int[] colors;
    private final BitSet hidden;

    private ClassPalette(int[] colors, BitSet hidden) {
        this.colors = colors;
        this.hidden = hidden;
    }

    /** Hashed colours for every id. */
    public static ClassPalette hashed() {
        return of(Map.of());
    }

    /** Explicit colours for some ids (0..65535), hashed colours for the rest. */
    public static ClassPalette of(Map<Integer, Integer> argbById) {
        int max = 255;
        for (int id : argbById.keySet()) {
            if (id < 0 || id > MAX_ID) {
                throw new IllegalArgumentException("class id out of 0.." + MAX_ID + ": " + id);
            }
            max = Math.max(max, id);
        }
        int[] c = new int[max + 1];
        for (int i = 0; i <= max; i++) {
            c[i] = i == 0 ? UNLABELED : Colormaps.hashed(i);
        }
        argbById.forEach((id, argb) -> c[id] = 0xFF000000 | argb);
        return new ClassPalette(c, new BitSet());
    }

    /**
     * The same colours with these class ids hidden: in the SEMANTIC and INSTANCE modes their points are not drawn
     * (nor picked); hiding finished classes lets the rest be reached.
     */
    public ClassPalette withHidden(Collection<Integer> ids) {
        BitSet h = new BitSet();
        for (int id : ids) {
            if (id < 0 || id > MAX_ID) {
                throw new IllegalArgumentException("class id out of 0.." + MAX_ID + ": " + id);
            }
            h.set(id);
        }
        return new ClassPalette(colors, h);
    }

    /** Whether the points of a class are hidden. */
    public boolean isHidden(long id) {
        return id >= 0 && id <= MAX_ID && hidden.get((int) id);
    }

    /** The opaque colour of a class id. */
    public int color(long id) {
        if (id >= 0 && id < colors.length) {
            return colors[(int) id];
        }
        return id < 0 || id > MAX_ID ? UNLABELED : Colormaps.hashed(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassPalette p && Arrays.equals(p.colors, colors) && p.hidden.equals(hidden);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(colors) * 31 + hidden.hashCode();
    }
}
