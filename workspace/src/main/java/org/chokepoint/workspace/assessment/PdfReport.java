package org.chokepoint.workspace.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;

/**
 * The bilingual report as a PDF (A4): the English report, then the Japanese one on a new page when
 * a Noto Sans CJK font is installed; without one, the English report with a note saying the
 * Japanese half is left out, and characters the standard fonts cannot show written as {@code ?}.
 */
public final class PdfReport {
  static final float MARGIN = 50;
  static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

  private PdfReport() {}

  /** The system's Noto Sans CJK font, if installed. */
  public static Optional<Path> systemCjkFont() {
    return CjkGlyphs.systemFont();
  }

  /** The report as PDF bytes, with Japanese when {@code cjkFont} is given. */
  public static byte[] render(Report r, Optional<Path> cjkFont) {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(r.title() + " — " + ReportText.HEADING.en);
      info.setSubject(r.draft() ? "draft" : r.hash());
      CjkGlyphs cjk = cjkFont.map(f -> CjkGlyphs.open(f, doc)).orElse(null);
      try (PdfLayout out = new PdfLayout(doc, cjk)) {
        if (cjk == null) {
          out.paragraph(ReportText.NO_CJK_FONT.en, BOLD, 10);
        }
        half(out, r, false);
        if (cjk != null) {
          out.newPage();
          half(out, r, true);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      // no object streams: the document information (title, hash) stays readable in the file
      doc.save(bytes, CompressParameters.NO_COMPRESSION);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the PDF report: " + e.getMessage(), e);
    }
  }

  private static void half(PdfLayout out, Report r, boolean ja) throws IOException {
    out.paragraph(ReportText.LANGUAGE.in(ja), REGULAR, 9);
    out.tlp(r.label());
    out.paragraph(ReportText.HEADING.in(ja) + ": " + r.title(), BOLD, 16);
    out.field(ReportText.ASSESSMENT.in(ja), String.valueOf(r.assessment()), REGULAR);
    if (r.draft()) {
      out.field(ReportText.VERSION.in(ja), r.version() + " — " + ReportText.DRAFT.in(ja), BOLD);
    } else {
      out.field(ReportText.PUBLISHED.in(ja), String.valueOf(r.version()), REGULAR);
      out.field(ReportText.HASH.in(ja), r.hash(), MONO);
      out.field(ReportText.PUBLISHED_AT.in(ja), r.publishedAt(), REGULAR);
    }
    out.field(ReportText.LABEL.in(ja), r.label(), REGULAR);
    out.field(ReportText.OWNER.in(ja), r.owner(), REGULAR);
    out.field(ReportText.RECIPIENTS.in(ja), String.join(", ", r.recipients()), REGULAR);
    List<String> parts = new ArrayList<>();
    for (Report.Party p : r.participants()) {
      parts.add(
          p.organisation()
              + " ("
              + p.country()
              + ", "
              + (p.role().equals("owner") ? ReportText.OWNER_ROLE : ReportText.INVITED_ROLE).in(ja)
              + ")");
    }
    out.field(ReportText.PARTICIPANTS.in(ja), String.join("; ", parts), REGULAR);

    out.heading(ReportText.SIGNOFFS.in(ja));
    if (r.signOffs().isEmpty()) {
      out.paragraph(ReportText.NO_SIGNOFFS.in(ja), REGULAR, 10);
    }
    for (Report.Signature s : r.signOffs()) {
      out.paragraph(
          ReportText.ORGANISATION.in(ja)
              + ": "
              + s.organisation()
              + " | "
              + ReportText.SIGNER.in(ja)
              + ": "
              + s.signer()
              + " | "
              + ReportText.SIGNED_AT.in(ja)
              + ": "
              + s.signedAt(),
          REGULAR,
          10);
    }
    out.heading(ReportText.NARRATIVE.in(ja));
    for (String line : r.narrative().split("\n", -1)) {
      out.paragraph(line, REGULAR, 10);
    }
    out.heading(ReportText.ANALYSES.in(ja));
    if (r.analyses().isEmpty()) {
      out.paragraph(ReportText.NO_ANALYSES.in(ja), REGULAR, 10);
    }
    for (Analysis a : r.analyses()) {
      out.paragraph(a.kind() + (a.title().isEmpty() ? "" : ": " + a.title()), BOLD, 11);
      out.paragraph(ReportText.PARAMETERS.in(ja), BOLD, 9);
      a.parameters().forEach((k, v) -> out.unchecked(() -> out.paragraph(k + " = " + v, MONO, 9)));
      out.paragraph(ReportText.DATASETS.in(ja), BOLD, 9);
      for (DatasetRef d : a.datasets()) {
        out.paragraph(
            ReportText.DATASET.in(ja)
                + ": "
                + d.dataset()
                + " | "
                + ReportText.DATASET_VERSION.in(ja)
                + ": "
                + d.version()
                + " | "
                + ReportText.SOURCE.in(ja)
                + ": "
                + d.source()
                + " | "
                + ReportText.VINTAGE.in(ja)
                + ": "
                + d.vintage()
                + " | "
                + ReportText.LICENCE.in(ja)
                + ": "
                + d.licence(),
            REGULAR,
            9);
      }
    }
    out.heading(ReportText.POOLED.in(ja));
    if (r.pooledViews().isEmpty()) {
      out.paragraph(ReportText.NO_POOLED.in(ja), REGULAR, 10);
    }
    for (PooledViewRef p : r.pooledViews()) {
      out.paragraph(p.title() + " | " + ReportText.QUERY.in(ja) + ": " + p.query(), REGULAR, 10);
    }
    out.paragraph("", REGULAR, 6);
    out.paragraph(ReportText.VERIFY.in(ja), REGULAR, 8);
  }

  static PDRectangle pageSize() {
    return PDRectangle.A4;
  }

  static PDPage page() {
    return new PDPage(pageSize());
  }
}
