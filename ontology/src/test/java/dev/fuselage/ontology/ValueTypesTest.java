package dev.fuselage.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Colours, hotkeys and the palette. */
class ValueTypesTest {

    @Test
    void coloursParseAndFormatAsHex() {
        Rgb c = Rgb.parse("#5ab0ff");
        assertEquals(new Rgb(0x5A, 0xB0, 0xFF), c);
        assertEquals("#5AB0FF", c.hex());
        assertEquals(0x5AB0FF, c.packed());
        assertEquals(c, Rgb.ofPacked(0x5AB0FF));
        for (String bad : new String[] {"#GGHHII", "5AB0FF", "#5AB0F", "#5AB0FF0", "", "#+5AB0F"}) {
            assertEquals("bad colour '" + bad + "' (expected #RRGGBB)",
                    assertThrows(IllegalArgumentException.class, () -> Rgb.parse(bad)).getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Rgb.ofPacked(0x1000000));
    }

    @Test
    void contrastFollowsWcag() {
        Rgb black = new Rgb(0, 0, 0), white = new Rgb(255, 255, 255);
        assertEquals(21.0, black.contrastRatio(white), 1e-9);
        assertEquals(1.0, white.contrastRatio(white), 1e-9);
        // WCAG's own example: #777777 on white is just below 4.5
        assertEquals(4.48, new Rgb(0x77, 0x77, 0x77).contrastRatio(white), 0.01);
    }

    @Test
    void hotkeysHaveOneCanonicalForm() {
        assertEquals("Shift+C", Hotkey.parse("shift + c").toString());
        assertEquals("Ctrl+Alt+Shift+F5", Hotkey.parse("Shift+Alt+Control+f5").toString());
        assertEquals(Hotkey.parse("C"), Hotkey.parse("c"));
        assertEquals("1", Hotkey.of("1").toString());
        assertThrows(IllegalArgumentException.class, () -> Hotkey.of("Shift+1"), "of() takes a bare key");
        for (String bad : new String[] {"", "Shift+", "Shift+Shift+C", "Meta+C", "CC", "F0", "F25", "F01", "+",
                "é", "Ctrl+-"}) {
            assertThrows(IllegalArgumentException.class, () -> Hotkey.parse(bad), bad);
        }
        assertEquals("bad hotkey 'Shift+' (no key after the modifiers)",
                assertThrows(IllegalArgumentException.class, () -> Hotkey.parse("Shift+")).getMessage());
    }

    @Test
    void paletteColoursAreDistinctReadableAndPrefixStable() {
        List<Rgb> ten = Palette.colors(10);
        List<Rgb> hundred = Palette.colors(100);
        assertEquals(ten, hundred.subList(0, 10));
        assertEquals(100, new HashSet<>(hundred).size());
        for (Rgb c : hundred) {
            assertTrue(c.contrastRatio(Palette.DARK_BACKGROUND) >= 4.5, c + " is too dark");
        }
        assertTrue(minDistance(ten) > 0.10, "10 colours: " + minDistance(ten));
        assertTrue(minDistance(Palette.colors(30)) > 0.05, "30 colours: " + minDistance(Palette.colors(30)));
    }

    @Test
    void paletteKeepsClearOfTakenColours() {
        List<Rgb> taken = Presets.kitti().classes().stream().map(LabelClass::color).toList();
        List<Rgb> extra = Palette.distinctFrom(taken, 4);
        for (Rgb e : extra) {
            for (Rgb t : taken) {
                assertTrue(Palette.distance(e, t) > 0.05, e + " vs " + t);
            }
        }
        assertEquals(List.of(), Palette.colors(0));
        assertThrows(IllegalArgumentException.class, () -> Palette.colors(-1));
    }

    private static double minDistance(List<Rgb> colours) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                min = Math.min(min, Palette.distance(colours.get(i), colours.get(j)));
            }
        }
        return min;
    }
}
