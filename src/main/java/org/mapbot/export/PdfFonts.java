package org.mapbot.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PDF's fonts, embedded as subsets so the file reads the same on any machine, and chosen per character: DejaVu
 * Sans (Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols, with a real bold face), then Droid Sans Fallback
 * (Chinese, Japanese, Korean). A character that neither draws, most emoji, becomes one {@link #REPLACEMENT} mark, so
 * nothing typed vanishes without a trace. Right-to-left text is laid out and Arabic shaped by OpenPDF's bidi support,
 * which table cells and {@link ColumnText} have: give them {@link #direction}.
 *
 * <p>OpenPDF's FontSelector makes the same choice but silently drops what no font has, and can split a character
 * made of several code points (an emoji sequence) across fonts.
 */
final class PdfFonts {

    static final Color INK = new Color(0x11, 0x18, 0x27);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    static final String REPLACEMENT = "\uFFFD";
    private static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String DEJAVU_SANS_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final String DROID_SANS_FALLBACK = "fonts/DroidSansFallback.ttf";
    private static final Pattern CHARACTER = Pattern.compile("\\X");

    /** A font and the style OpenPDF applies to it: BOLD on a regular face makes OpenPDF thicken the strokes. */
    private record Face(BaseFont font, int style) {
    }

    private final List<Face> regular;
    private final List<Face> bold;

    PdfFonts() {
        BaseFont cjk = load(DROID_SANS_FALLBACK);
        regular = List.of(new Face(load(DEJAVU_SANS), Font.NORMAL), new Face(cjk, Font.NORMAL));
        bold = List.of(new Face(load(DEJAVU_SANS_BOLD), Font.NORMAL), new Face(cjk, Font.BOLD));
    }

    /** For text we write ourselves (labels, dates): the first face has all of it. */
    Font regular(float size, Color colour) {
        return font(regular.get(0), size, colour);
    }

    Font bold(float size, Color colour) {
        return font(bold.get(0), size, colour);
    }

    /** Text a user typed, each character in the first face that draws it. */
    Phrase text(String text, float size, Color colour) {
        return phrase(text, size, colour, regular);
    }

    Phrase boldText(String text, float size, Color colour) {
        return phrase(text, size, colour, bold);
    }

    /** How wide {@link #text} draws, shaped and in its own direction. */
    float width(String text, float size) {
        return ColumnText.getWidth(text(text, size, INK), direction(text), 0);
    }

    /** Right to left when the first letter is Arabic or Hebrew, as a browser decides for {@code dir="auto"}. */
    static int direction(String text) {
        boolean leftToRight = text == null || new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        return leftToRight ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }

    private static Phrase phrase(String text, float size, Color colour, List<Face> faces) {
        Phrase phrase = new Phrase(size * 1.5f);
        // Composed first, so a letter typed with a combining accent is one glyph the fonts have.
        String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder run = new StringBuilder();
        Face runFace = null;
        Matcher character = CHARACTER.matcher(composed);
        while (character.find()) {
            String visible = drawable(character.group());
            if (visible.isEmpty()) {
                continue;
            }
            Face face = faces.stream().filter(f -> draws(f.font(), visible)).findFirst().orElse(null);
            String drawn = face == null ? REPLACEMENT : visible;
            face = face == null ? faces.get(0) : face;
            if (face != runFace && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), font(runFace, size, colour)));
                run.setLength(0);
            }
            runFace = face;
            run.append(drawn);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), font(runFace, size, colour)));
        }
        return phrase;
    }

    /** The character without what only selects a presentation (variation selectors, zero-width joiners). */
    private static String drawable(String character) {
        StringBuilder drawn = new StringBuilder();
        character.codePoints()
                .filter(c -> c != 0x200D && !(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0020 && c <= 0xE007F))
                .forEach(drawn::appendCodePoint);
        return drawn.toString();
    }

    private static boolean draws(BaseFont font, String drawn) {
        return drawn.codePoints().allMatch(c -> Character.isISOControl(c) || font.charExists(c));
    }

    private static Font font(Face face, float size, Color colour) {
        return new Font(face.font(), size, face.style(), colour);
    }

    private static BaseFont load(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("A font the PDF needs is missing from the classpath: " + resource, e);
        }
    }
}
