package org.mapbot.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fonts for the PDF. Liberation Sans ships inside OpenPDF and is embedded with Unicode encoding, so
 * names like "Łódź" or "Jürgen Weiß" print correctly and the text can be copied out of the PDF.
 */
final class PdfFonts {

    static final Color INK = new Color(0x11, 0x18, 0x27);
    static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final String LIBERATION_SANS = "font-fallback/LiberationSans-Regular.ttf";

    final BaseFont base;

    PdfFonts() {
        try {
            base = BaseFont.createFont(LIBERATION_SANS, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF's bundled font is missing: " + LIBERATION_SANS, e);
        }
    }

    Font regular(float size, Color colour) {
        return new Font(base, size, Font.NORMAL, colour);
    }

    /** The bundled font has no bold face; OpenPDF thickens the strokes instead. */
    Font bold(float size, Color colour) {
        return new Font(base, size, Font.BOLD, colour);
    }
}
