package dev.shades.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML page's structure, without a browser (the browser test is in the examples module). */
class HtmlReportTest {
  private static Report report;
  private static String html;

  @BeforeAll
  static void build() {
    report = ReportFixtures.report(ReportFixtures.definitions(),
        List.of("olmo-7b.yaml", "mistral-7b.yaml", "gpt-4o.yaml"));
    StringWriter s = new StringWriter();
    HtmlReport.write(report, s);
    html = s.toString();
  }

  private static int count(String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void hasOneCellAndOnePanelPerVerdict() {
    int cells = report.rows().size() * report.definitions().size();
    assertThat(count("<td class=\"cell ")).isEqualTo(cells);
    assertThat(count("<template id=\"detail-")).isEqualTo(cells);
    assertThat(count("<th scope=\"col\" class=\"def\"")).isEqualTo(report.definitions().size());
    assertThat(html).contains("<table id=\"matrix\">").contains("<aside id=\"detail\" hidden")
        .contains("data-release=\"Mistral 7B\" data-definition=\"gold-tiers\"");
  }

  @Test
  void isDeterministic() {
    StringWriter again = new StringWriter();
    HtmlReport.write(report, again);
    assertThat(again.toString()).isEqualTo(html);
  }

  @Test
  void loadsNothingFromOutsideAndRunsOnlyItsOwnScriptAndStyle() throws Exception {
    assertThat(html).doesNotContain(" src=").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(").doesNotContain("style=\"");
    Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).startsWith("default-src 'none'")
        .contains("script-src '" + sha256(between("<script>", "</script>")) + "'")
        .contains("style-src '" + sha256(between("<style>", "</style>")) + "'");
    // Every link is an evidence link to http(s), opened without a referrer or an opener.
    Matcher href = Pattern.compile("<a href=\"([^\"]*)\"([^>]*)>").matcher(html);
    int links = 0;
    while (href.find()) {
      links++;
      assertThat(href.group(1)).matches("https?://.*");
      assertThat(href.group(2)).contains("rel=\"noopener noreferrer\"");
    }
    assertThat(links).isPositive();
  }

  @Test
  void panelsSayWhatDecidesTheVerdict() {
    String panel = between("<template id=\"detail-1-1\">", "</template>");
    assertThat(panel).contains("Mistral 7B").contains("gold-tiers").contains("version 2")
        .contains("data-requirement=\"open-weights\"").contains("data-requirement=\"training-code\"")
        .contains("Path to the next verdict").contains("Publish the training code")
        .contains("Unknown facts that keep the verdict open")
        .contains(report.definitions().get(1).sourceHash());
    String top = between("<template id=\"detail-0-0\">", "</template>");
    assertThat(top).contains("Already at the most open verdict.");
    assertThat(html).contains("Shades 0.0.0-test").contains("2026-01-02T03:04:05Z")
        .contains("A verdict is an automated reading of the stated facts, not legal advice.");
  }

  private static String between(String start, String end) {
    int from = html.indexOf(start) + start.length();
    return html.substring(from, html.indexOf(end, from));
  }

  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(digest);
  }
}
