package org.chokepoint.workspace.assessment;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType3Font;

/**
 * Japanese text for the PDF report from a system Noto Sans CJK font. PDFBox embeds only TrueType
 * outlines, and Noto CJK's are CFF (15 MB of them), so the glyphs a report uses are copied as
 * outlines into Type 3 fonts of up to 255 glyphs each, named {@code uniXXXX} so that the text can
 * still be extracted and searched (DECISIONS D-joint-5).
 */
final class CjkGlyphs {
  private static final String[] NAMES = {"NotoSansCJKjp-Regular", "NotoSansCJK-Regular"};
  private static final Map<Path, Face> FACES = new HashMap<>();

  /** One loaded font file, kept open for the JVM's life (fontbox reads glyphs lazily). */
  private record Face(TrueTypeFont font, CmapLookup cmap) {}

  /** A glyph placed in one of the document's Type 3 fonts. */
  record Code(PDType3Font font, int code, float width) {}

  private final Face face;
  private final PDDocument doc;
  private final List<PDType3Font> fonts = new ArrayList<>();
  private final Map<Integer, Code> codes = new HashMap<>();

  private CjkGlyphs(Face face, PDDocument doc) {
    this.face = face;
    this.doc = doc;
  }

  /** A Noto Sans CJK font under {@code /usr/share/fonts}, if one is installed. */
  static Optional<Path> systemFont() {
    Path root = Path.of("/usr/share/fonts");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.walk(root, 4)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith("NotoSansCJK")
                    && n.contains("Regular")
                    && (n.endsWith(".ttc") || n.endsWith(".otf"));
              })
          .sorted()
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Glyphs from {@code file} for {@code doc}. */
  static CjkGlyphs open(Path file, PDDocument doc) {
    synchronized (FACES) {
      Face f = FACES.get(file);
      if (f == null) {
        f = load(file);
        FACES.put(file, f);
      }
      return new CjkGlyphs(f, doc);
    }
  }

  private static Face load(Path file) {
    try {
      TrueTypeFont font = null;
      if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        TrueTypeCollection c = new TrueTypeCollection(new File(file.toString()));
        for (String n : NAMES) {
          font = font == null ? c.getFontByName(n) : font;
        }
        if (font == null) {
          TrueTypeFont[] first = new TrueTypeFont[1];
          c.processAllFonts(t -> first[0] = first[0] == null ? t : first[0]);
          font = first[0];
        }
      } else {
        font =
            new org.apache.fontbox.ttf.OTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
      }
      if (font == null) {
        throw new IOException("no font in " + file);
      }
      return new Face(font, font.getUnicodeCmapLookup());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the font " + file + ": " + e.getMessage(), e);
    }
  }

  /** The code for {@code codePoint}, or empty when the font has no glyph for it. */
  Optional<Code> code(int codePoint) {
    Code c = codes.get(codePoint);
    if (c != null) {
      return Optional.of(c);
    }
    synchronized (FACES) {
      try {
        int gid = face.cmap().getGlyphId(codePoint);
        if (gid <= 0) {
          return Optional.empty();
        }
        float scale = 1000f / face.font().getUnitsPerEm();
        float width = face.font().getAdvanceWidth(gid) * scale;
        GeneralPath path = outline(gid);
        c = add(codePoint, width, path, scale);
        codes.put(codePoint, c);
        return Optional.of(c);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private GeneralPath outline(int gid) throws IOException {
    if (face.font() instanceof OpenTypeFont otf && otf.isPostScript()) {
      CFFFont cff = otf.getCFF().getFont();
      int selector = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
      return cff.getType2CharString(selector).getPath();
    }
    var g = face.font().getGlyph().getGlyph(gid);
    return g == null ? new GeneralPath() : g.getPath();
  }

  private Code add(int codePoint, float width, GeneralPath path, float scale) throws IOException {
    if (fonts.isEmpty() || codes.values().stream().filter(x -> x.font() == last()).count() >= 255) {
      fonts.add(newFont());
    }
    PDType3Font font = last();
    COSDictionary dict = font.getCOSObject();
    int code = (int) codes.values().stream().filter(x -> x.font() == font).count() + 1;
    String name =
        codePoint <= 0xFFFF ? String.format("uni%04X", codePoint) : String.format("u%X", codePoint);
    Rectangle2D b = path.getBounds2D();
    StringBuilder ops = new StringBuilder();
    ops.append(num(width))
        .append(" 0 ")
        .append(num(b.getMinX() * scale))
        .append(' ')
        .append(num(b.getMinY() * scale))
        .append(' ')
        .append(num(b.getMaxX() * scale))
        .append(' ')
        .append(num(b.getMaxY() * scale))
        .append(" d1\n");
    double[] p = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(p)) {
        case PathIterator.SEG_MOVETO -> ops.append(pt(p, 0, scale)).append(" m\n");
        case PathIterator.SEG_LINETO -> ops.append(pt(p, 0, scale)).append(" l\n");
        case PathIterator.SEG_QUADTO ->
            ops.append(pt(p, 0, scale))
                .append(' ')
                .append(pt(p, 2, scale))
                .append(' ')
                .append(pt(p, 2, scale))
                .append(" c\n");
        case PathIterator.SEG_CUBICTO ->
            ops.append(pt(p, 0, scale))
                .append(' ')
                .append(pt(p, 2, scale))
                .append(' ')
                .append(pt(p, 4, scale))
                .append(" c\n");
        default -> ops.append("h\n");
      }
    }
    ops.append("f\n");
    COSStream proc = doc.getDocument().createCOSStream();
    try (var out = proc.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
    }
    dict.getCOSDictionary(COSName.CHAR_PROCS).setItem(COSName.getPDFName(name), proc);
    COSDictionary enc = dict.getCOSDictionary(COSName.ENCODING);
    COSArray diff = enc.getCOSArray(COSName.DIFFERENCES);
    diff.add(COSInteger.get(code));
    diff.add(COSName.getPDFName(name));
    dict.getCOSArray(COSName.WIDTHS).add(new COSFloat(width));
    dict.setInt(COSName.LAST_CHAR, code);
    return new Code(font, code, width);
  }

  private PDType3Font last() {
    return fonts.get(fonts.size() - 1);
  }

  private static PDType3Font newFont() throws IOException {
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.FONT);
    d.setItem(COSName.SUBTYPE, COSName.TYPE3);
    COSArray bbox = new COSArray();
    for (int v : new int[] {-1000, -1000, 3000, 3000}) {
      bbox.add(COSInteger.get(v));
    }
    d.setItem(COSName.FONT_BBOX, bbox);
    COSArray matrix = new COSArray();
    for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
      matrix.add(new COSFloat(v));
    }
    d.setItem(COSName.FONT_MATRIX, matrix);
    d.setItem(COSName.CHAR_PROCS, new COSDictionary());
    COSDictionary enc = new COSDictionary();
    enc.setItem(COSName.TYPE, COSName.ENCODING);
    enc.setItem(COSName.DIFFERENCES, new COSArray());
    d.setItem(COSName.ENCODING, enc);
    d.setInt(COSName.FIRST_CHAR, 1);
    d.setInt(COSName.LAST_CHAR, 0);
    d.setItem(COSName.WIDTHS, new COSArray());
    d.setItem(COSName.RESOURCES, new COSDictionary());
    return new PDType3Font(d);
  }

  private static String pt(double[] p, int i, float scale) {
    return num(p[i] * scale) + " " + num(p[i + 1] * scale);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
