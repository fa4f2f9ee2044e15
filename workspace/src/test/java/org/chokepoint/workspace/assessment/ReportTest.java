package org.chokepoint.workspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.chokepoint.workspace.assessment.Joint.Analysis;
import org.chokepoint.workspace.assessment.Joint.DatasetRef;
import org.chokepoint.workspace.assessment.Joint.PooledViewRef;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bilingual report in HTML and PDF, with and without a Japanese font. */
class ReportTest {
  private static final String HASH =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static Report report() {
    return new Report(
        7,
        2,
        HASH,
        "Gallium <supply> & ガリウム",
        "TLP:AMBER",
        "METI",
        List.of("DoC"),
        List.of(
            new Report.Party("METI", "government", "JPN", "owner"),
            new Report.Party("DoC", "government", "USA", "invited")),
        List.of(
            new Report.Signature("DoC", "a@doc.gov", "2026-02-01T00:05:00Z"),
            new Report.Signature("METI", "a@meti.go.jp", "2026-02-01T00:04:00Z")),
        "Line one.\n日本語の本文です。",
        List.of(
            new Analysis(
                "minerals",
                "Gallium supply",
                Map.of("year", "2025"),
                List.of(
                    new DatasetRef(
                        "usgs-mcs",
                        "20260105T000000Z",
                        "USGS Mineral Commodity Summaries",
                        "2025",
                        "Public domain",
                        "")))),
        List.of(new PooledViewRef("Pooled", "input=gallium")),
        "2026-02-01T00:05:00Z");
  }

  @Test
  void htmlHasBothLanguagesTheHashTheLabelColourAndEscapesText() {
    String html = HtmlReport.render(report());
    assertThat(html)
        .contains("lang=\"en\"", "lang=\"ja\"")
        .contains("Joint assessment report", "共同評価報告書")
        .contains(HASH)
        .contains("color:#ffc000\">TLP:AMBER")
        .contains("a@doc.gov", "2026-02-01T00:05:00Z", "DoC (USA, invited)", "DoC (USA, 招待)")
        .contains("usgs-mcs", "20260105T000000Z", "Public domain", "year", "input=gallium")
        .contains("Gallium &lt;supply&gt; &amp; ガリウム")
        .doesNotContain("<supply>");
  }

  @Test
  void pdfWithTheJapaneseFontHasBothHalvesAndTheHash() throws Exception {
    Optional<Path> font = PdfReport.systemCjkFont();
    Assumptions.assumeTrue(
        font.isPresent(), "no Noto Sans CJK font under /usr/share/fonts (fonts-noto-cjk)");
    byte[] pdf = PdfReport.render(report(), font);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(HASH).contains("Joint assessment report");
      assertThat(text).contains("共同評価報告書").contains("日本語の本文です。").contains("ガリウム");
      assertThat(text).doesNotContain("Japanese half is left out");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      assertThat(doc.getDocumentInformation().getSubject()).isEqualTo(HASH);
    }
  }

  @Test
  void pdfWithoutAJapaneseFontIsTheEnglishHalfWithANote() throws Exception {
    byte[] pdf = PdfReport.render(report(), Optional.empty());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(HASH).contains("Joint assessment report");
      assertThat(text).contains("Japanese half is left out of this PDF");
      assertThat(text).doesNotContain("共同評価報告書");
      assertThat(text).contains("Gallium <supply> & ????\n");
    }
  }
}
