package org.chokepoint.workspace.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Flowing text onto A4 pages: wrapped paragraphs in a standard font, with every character that font
 * cannot show taken from the CJK glyphs (or written as {@code ?} without them).
 */
final class PdfLayout implements AutoCloseable {
  /**
   * The operators of one page, written by hand: PDFBox's content stream cannot show codes of a Type
   * 3 font, which it has no encoder for.
   */
  private static final class Stream {
    private final PDDocument doc;
    private final PDPage page;
    private final PDResources resources = new PDResources();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Stream(PDDocument doc, PDPage page) {
      this.doc = doc;
      this.page = page;
      page.setResources(resources);
    }

    private void op(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String n(float v) {
      return String.format(Locale.ROOT, "%.2f", v);
    }

    void setNonStrokingColor(float r, float g, float b) {
      op(n(r) + " " + n(g) + " " + n(b) + " rg\n");
    }

    void addRect(float x, float y, float w, float h) {
      op(n(x) + " " + n(y) + " " + n(w) + " " + n(h) + " re\n");
    }

    void fill() {
      op("f\n");
    }

    void beginText() {
      op("BT\n");
    }

    void endText() {
      op("ET\n");
    }

    void newLineAtOffset(float x, float y) {
      op(n(x) + " " + n(y) + " Td\n");
    }

    void setFont(PDFont font, float size) {
      op("/" + resources.add(font).getName() + " " + n(size) + " Tf\n");
    }

    void showText(String text, PDFont font) throws IOException {
      showCodes(font.encode(text));
    }

    void showCodes(byte[] codes) throws IOException {
      COSWriter.writeString(codes, out);
      op(" Tj\n");
    }

    void close() throws IOException {
      PDStream s =
          new PDStream(doc, new ByteArrayInputStream(out.toByteArray()), COSName.FLATE_DECODE);
      page.setContents(s);
    }
  }

  /** A run of characters shown in one font. */
  private record Run(String text, CjkGlyphs.Code cjk) {}

  @FunctionalInterface
  interface IoWork {
    void run() throws IOException;
  }

  private final PDDocument doc;
  private final CjkGlyphs cjk;
  private final float width;
  private Stream stream;
  private float y;

  PdfLayout(PDDocument doc, CjkGlyphs cjk) throws IOException {
    this.doc = doc;
    this.cjk = cjk;
    this.width = PdfReport.pageSize().getWidth() - 2 * PdfReport.MARGIN;
    newPage();
  }

  void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = PdfReport.page();
    doc.addPage(page);
    stream = new Stream(doc, page);
    y = PdfReport.pageSize().getHeight() - PdfReport.MARGIN;
  }

  void unchecked(IoWork w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void heading(String text) throws IOException {
    y -= 6;
    paragraph(text, PdfReport.BOLD, 12);
  }

  /** A label in FIRST's colours: the label's colour on a black box. */
  void tlp(String label) throws IOException {
    float size = 11;
    float w = PdfReport.BOLD.getStringWidth(label) / 1000 * size + 8;
    room(size + 12);
    y -= 4;
    int rgb = Integer.parseInt(ReportText.tlpColour(label).substring(1), 16);
    stream.setNonStrokingColor(0f, 0f, 0f);
    stream.addRect(PdfReport.MARGIN, y - size - 4, w, size + 6);
    stream.fill();
    stream.setNonStrokingColor(
        ((rgb >> 16) & 255) / 255f, ((rgb >> 8) & 255) / 255f, (rgb & 255) / 255f);
    stream.beginText();
    stream.setFont(PdfReport.BOLD, size);
    stream.newLineAtOffset(PdfReport.MARGIN + 4, y - size);
    stream.showText(label, PdfReport.BOLD);
    stream.endText();
    stream.setNonStrokingColor(0f, 0f, 0f);
    y -= size + 10;
  }

  /** {@code name: value}, the name in bold. */
  void field(String name, String value, PDFont font) throws IOException {
    paragraph(name, PdfReport.BOLD, 9);
    paragraph(value == null ? "" : value, font, 10);
  }

  /** A wrapped paragraph. */
  void paragraph(String text, PDFont font, float size) throws IOException {
    List<List<Run>> lines = wrap(runs(text, font), font, size);
    if (lines.isEmpty()) {
      y -= size * 1.4f;
      return;
    }
    for (List<Run> line : lines) {
      room(size * 1.4f);
      y -= size * 1.4f;
      stream.beginText();
      stream.newLineAtOffset(PdfReport.MARGIN, y);
      for (Run r : line) {
        if (r.cjk() == null) {
          stream.setFont(font, size);
          stream.showText(r.text(), font);
        } else {
          stream.setFont(r.cjk().font(), size);
          stream.showCodes(new byte[] {(byte) r.cjk().code()});
        }
      }
      stream.endText();
    }
  }

  private void room(float needed) throws IOException {
    if (y - needed < PdfReport.MARGIN) {
      newPage();
    }
  }

  /** Characters grouped by font: standard-font runs, and one run per CJK glyph. */
  private List<Run> runs(String text, PDFont font) {
    List<Run> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              int c = Character.isISOControl(cp) ? ' ' : cp;
              if (encodable(c, font)) {
                plain.appendCodePoint(c);
                return;
              }
              Optional<CjkGlyphs.Code> g = cjk == null ? Optional.empty() : cjk.code(c);
              if (g.isEmpty()) {
                plain.append('?');
                return;
              }
              if (plain.length() > 0) {
                out.add(new Run(plain.toString(), null));
                plain.setLength(0);
              }
              out.add(new Run(new String(Character.toChars(c)), g.get()));
            });
    if (plain.length() > 0) {
      out.add(new Run(plain.toString(), null));
    }
    return out;
  }

  /** Whether the standard font (WinAnsi) shows {@code c}: printable ASCII and Latin-1. */
  private static boolean encodable(int c, PDFont font) {
    return font instanceof PDType1Font && ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff));
  }

  /** Breaks runs into lines: at spaces, or between any two CJK glyphs, or anywhere if needed. */
  private List<List<Run>> wrap(List<Run> runs, PDFont font, float size) throws IOException {
    List<Run> pieces = new ArrayList<>();
    for (Run r : runs) {
      if (r.cjk() != null) {
        pieces.add(r);
        continue;
      }
      // split after each space so that lines break there
      int start = 0;
      for (int i = 0; i < r.text().length(); i++) {
        if (r.text().charAt(i) == ' ') {
          pieces.add(new Run(r.text().substring(start, i + 1), null));
          start = i + 1;
        }
      }
      if (start < r.text().length()) {
        pieces.add(new Run(r.text().substring(start), null));
      }
    }
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    float used = 0;
    for (Run p : pieces) {
      float w = width(p, font, size);
      if (used + w > width && !line.isEmpty()) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      if (p.cjk() == null && w > width) {
        // a word longer than the line (a hash, a URL): cut it by characters
        StringBuilder b = new StringBuilder();
        for (char c : p.text().toCharArray()) {
          if (width(new Run(b.toString() + c, null), font, size) > width) {
            lines.add(List.of(new Run(b.toString(), null)));
            b.setLength(0);
          }
          b.append(c);
        }
        p = new Run(b.toString(), null);
        w = width(p, font, size);
      }
      line.add(p);
      used += w;
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  private static float width(Run r, PDFont font, float size) throws IOException {
    return r.cjk() != null
        ? r.cjk().width() / 1000 * size
        : font.getStringWidth(r.text()) / 1000 * size;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }
}
