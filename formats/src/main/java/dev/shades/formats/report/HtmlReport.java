package dev.shades.formats.report;

import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.FactUse;
import dev.shades.core.definition.Interval;
import dev.shades.core.definition.RequirementResult;
import dev.shades.core.definition.Verdict;
import dev.shades.core.definition.WarningResult;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Evidence;
import dev.shades.formats.json.EvaluationJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a report as one self-contained HTML5 page that works offline: a heat map of releases × definitions (click a
 * column header to sort, filter by definition and by producer), and for each cell a detail panel with the verdict,
 * every requirement with the facts and evidence it used, the warnings, the path to the next verdict and the
 * definition's version and source hash; the audit and the disclaimer at the foot.
 *
 * <p>The page is rendered here, not by its script: every text from a description or a policy is HTML-escaped, and
 * only absolute {@code http} and {@code https} evidence URLs become links. Its Content-Security-Policy loads
 * nothing from anywhere and runs only its own style and script (by hash). Stable hooks for tests and tools:
 * {@code table#matrix}, {@code th.def[data-definition]}, {@code tr[data-release]},
 * {@code td.cell[data-release][data-definition][data-rank]}, {@code #detail}, {@code #definition-filter input},
 * {@code #producer-filter}.
 */
public final class HtmlReport {
  private static final int BUCKETS = 20;
  private static final String STYLE = style();
  private static final String SCRIPT = """

      (function () {
        'use strict';
        var table = document.getElementById('matrix');
        var tbody = table.tBodies[0];
        var detail = document.getElementById('detail');
        var detailBody = document.getElementById('detail-body');
        var status = document.getElementById('status');
        var selected = null;

        function open(cell) {
          var template = document.getElementById(cell.getAttribute('data-detail'));
          if (!template) { return; }
          detailBody.replaceChildren(template.content.cloneNode(true));
          detail.hidden = false;
          detail.scrollTop = 0;
          if (selected) { selected.classList.remove('selected'); }
          selected = cell;
          cell.classList.add('selected');
        }
        function close() {
          detail.hidden = true;
          if (selected) { selected.classList.remove('selected'); selected.focus(); selected = null; }
        }
        table.addEventListener('click', function (e) {
          var cell = e.target.closest('td.cell');
          if (cell) { open(cell); }
        });
        table.addEventListener('keydown', function (e) {
          var cell = e.target.closest('td.cell');
          if (cell && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); open(cell); }
        });
        document.getElementById('detail-close').addEventListener('click', close);
        document.addEventListener('keydown', function (e) {
          if (e.key === 'Escape' && !detail.hidden) { close(); }
        });

        // Sorting: text columns by text, definition columns by rank; what is missing or unknown sorts last.
        function key(row, th) {
          var column = th.getAttribute('data-column');
          if (column === 'release') { return row.getAttribute('data-release'); }
          if (column === 'producer') {
            var p = row.getAttribute('data-producer');
            return p === '' ? null : p;
          }
          var rank = row.cells[Number(th.getAttribute('data-index'))].getAttribute('data-rank');
          return rank === '' ? null : Number(rank);
        }
        function sortBy(th) {
          var text = th.getAttribute('data-column') === 'release' || th.getAttribute('data-column') === 'producer';
          var current = th.getAttribute('aria-sort');
          var descending = current ? current === 'ascending' : !text;
          var sign = descending ? -1 : 1;
          var rows = Array.prototype.slice.call(tbody.rows);
          rows.sort(function (a, b) {
            var x = key(a, th), y = key(b, th);
            if (x === null || y === null) { return (x === null) - (y === null); }
            var c = text ? x.localeCompare(y, 'en', {sensitivity: 'base', numeric: true}) : x - y;
            return sign * c;
          });
          rows.forEach(function (r) { tbody.appendChild(r); });
          table.querySelectorAll('thead th[data-column]').forEach(function (h) { h.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        }
        table.querySelectorAll('thead th[data-column] button').forEach(function (button) {
          button.addEventListener('click', function () { sortBy(button.closest('th')); });
        });

        // Filters: definition checkboxes show and hide columns; the producer list shows one producer's rows.
        document.querySelectorAll('#definition-filter input[type=checkbox]').forEach(function (box) {
          box.addEventListener('change', function () {
            var id = box.getAttribute('data-definition');
            table.querySelectorAll('[data-definition]').forEach(function (el) {
              if (el.getAttribute('data-definition') === id) { el.hidden = !box.checked; }
            });
          });
        });
        var producers = document.getElementById('producer-filter');
        function filterRows() {
          var all = producers.selectedIndex === 0;
          var shown = 0;
          Array.prototype.forEach.call(tbody.rows, function (row) {
            row.hidden = !all && row.getAttribute('data-producer') !== producers.value;
            if (!row.hidden) { shown++; }
          });
          status.textContent = 'Showing ' + shown + ' of ' + tbody.rows.length + ' releases.';
        }
        producers.addEventListener('change', filterRows);
        filterRows();
      })();
      """;
  private static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
      + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private HtmlReport() {}

  /**
   * Writes the page.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public static void write(Report r, Writer out) {
    StringBuilder h = new StringBuilder(1 << 16);
    List<DefinitionInfo> defs = r.definitions();
    String counts = count(r.rows().size(), "release") + " \u00d7 " + count(defs.size(), "definition");
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
        .append("<meta name=\"generator\" content=\"Shades\">\n")
        .append("<title>Shades report: ").append(counts).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>How open? ").append(counts).append("</h1>\n")
        .append("<p class=\"lead\">Each cell is one definition's verdict on one release. Click a cell for what "
            + "decides it; click a column header to sort.</p>\n");
    legend(h);
    controls(h, r);
    h.append("</header>\n<main>\n");
    matrix(h, r);
    for (int i = 0; i < r.rows().size(); i++) {
      Row row = r.rows().get(i);
      for (int j = 0; j < defs.size(); j++) {
        h.append("<template id=\"").append(panelId(i, j)).append("\">");
        panel(h, defs.get(j), row, row.cells().get(j));
        h.append("</template>\n");
      }
    }
    h.append("</main>\n<aside id=\"detail\" hidden aria-live=\"polite\" aria-label=\"Verdict in detail\">\n")
        .append("<button type=\"button\" id=\"detail-close\" aria-label=\"Close the detail panel\">Close</button>\n")
        .append("<div id=\"detail-body\"></div>\n</aside>\n");
    footer(h, r);
    h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    try {
      out.write(h.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void legend(StringBuilder h) {
    h.append("<p class=\"legend\" id=\"legend\"><span class=\"swatch h0\">least open</span>");
    for (int k = 1; k < BUCKETS; k++) {
      h.append("<span class=\"swatch h").append(k).append("\" aria-hidden=\"true\"></span>");
    }
    h.append("<span class=\"swatch h").append(BUCKETS).append("\">most open</span> ")
        .append("<span class=\"swatch u\">unknown</span> ")
        .append("<span class=\"swatch h10 x\">partly unknown (hatched)</span></p>\n");
  }

  private static void controls(StringBuilder h, Report r) {
    h.append("<form id=\"controls\" class=\"controls\">\n<fieldset id=\"definition-filter\">")
        .append("<legend>Definitions</legend>\n");
    for (DefinitionInfo d : r.definitions()) {
      h.append("<label title=\"").append(e(d.title())).append("\"><input type=\"checkbox\" checked data-definition=\"")
          .append(e(d.id())).append("\"> ").append(e(d.id())).append("</label>\n");
    }
    h.append("</fieldset>\n<label class=\"producer\">Producer <select id=\"producer-filter\">")
        .append("<option value=\"\">all producers</option>");
    TreeSet<String> producers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    boolean unstated = false;
    for (Row row : r.rows()) {
      row.producer().ifPresent(producers::add);
      unstated |= row.producer().isEmpty();
    }
    for (String p : producers) {
      h.append("<option value=\"").append(e(p)).append("\">").append(e(p)).append("</option>");
    }
    if (unstated) {
      h.append("<option value=\"\">(not stated)</option>");
    }
    h.append("</select></label>\n<p id=\"status\" role=\"status\"></p>\n</form>\n");
  }

  private static void matrix(StringBuilder h, Report r) {
    List<DefinitionInfo> defs = r.definitions();
    h.append("<div class=\"scroll\">\n<table id=\"matrix\">\n<thead>\n<tr>")
        .append("<th scope=\"col\" class=\"release\" data-column=\"release\"><button type=\"button\">Release")
        .append("</button></th>")
        .append("<th scope=\"col\" class=\"producer\" data-column=\"producer\"><button type=\"button\">Producer")
        .append("</button></th>");
    for (int j = 0; j < defs.size(); j++) {
      DefinitionInfo d = defs.get(j);
      h.append("<th scope=\"col\" class=\"def\" data-column=\"").append(e(d.id())).append("\" data-definition=\"")
          .append(e(d.id())).append("\" data-index=\"").append(j + 2).append("\" title=\"").append(e(d.title()))
          .append(", version ").append(e(d.version())).append(" (").append(e(TextReport.kind(d))).append(")\">")
          .append("<button type=\"button\">").append(e(d.id())).append("</button></th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (int i = 0; i < r.rows().size(); i++) {
      Row row = r.rows().get(i);
      String release = e(row.release());
      h.append("<tr data-release=\"").append(release).append("\" data-producer=\"")
          .append(e(row.producer().orElse(""))).append("\" data-source=\"").append(e(row.source())).append("\">")
          .append("<th scope=\"row\" class=\"release\" title=\"").append(e(row.source())).append("\">")
          .append(release).append("</th><td class=\"producer\">").append(e(row.producer().orElse("")))
          .append("</td>");
      for (int j = 0; j < defs.size(); j++) {
        DefinitionInfo d = defs.get(j);
        Verdict v = row.cells().get(j).evaluation().verdict();
        double rank = Verdicts.rank(d, v);
        h.append("<td class=\"cell ").append(shade(v, rank)).append("\" tabindex=\"0\" data-release=\"")
            .append(release).append("\" data-definition=\"").append(e(d.id())).append("\" data-rank=\"")
            .append(Double.isNaN(rank) ? "" : String.format(Locale.ROOT, "%.6f", rank))
            .append("\" data-detail=\"").append(panelId(i, j)).append("\" title=\"").append(e(d.id()))
            .append(": ").append(e(v.summary())).append("\">").append(e(Verdicts.cellText(d, v))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n");
  }

  /** The classes that colour a cell: its rank's bucket, or unknown; hatched when partly unknown. */
  private static String shade(Verdict v, double rank) {
    if (Double.isNaN(rank)) {
      return "u";
    }
    return "h" + Math.round(rank * BUCKETS) + (Verdicts.open(v) ? " x" : "");
  }

  private static String panelId(int row, int column) {
    return "detail-" + row + "-" + column;
  }

  private static void panel(StringBuilder h, DefinitionInfo d, Row row, Cell cell) {
    Evaluation ev = cell.evaluation();
    Verdict v = ev.verdict();
    double rank = Verdicts.rank(d, v);
    Map<Evidence, Integer> refs = new LinkedHashMap<>();
    h.append("<article class=\"panel\" data-release=\"").append(e(row.release())).append("\" data-definition=\"")
        .append(e(d.id())).append("\">");
    h.append("<h2><span class=\"release-name\">").append(e(row.release())).append("</span> \u00d7 ")
        .append("<span class=\"definition-id\">").append(e(d.id())).append("</span></h2>");
    h.append("<p class=\"meta\">").append(e(d.title())).append(", version ").append(e(d.version())).append(", ")
        .append(e(TextReport.kind(d))).append(". Source hash <code>").append(e(d.sourceHash())).append("</code>");
    d.source().ifPresent(s -> h.append(". Source: ").append(e(s)));
    h.append(".</p><p class=\"meta\">Description <code>").append(e(row.source())).append("</code>");
    row.producer().ifPresent(p -> h.append(", produced by ").append(e(p)));
    h.append(".</p>");

    h.append("<section class=\"verdict\"><h3>Verdict</h3><p><span class=\"badge ").append(shade(v, rank))
        .append("\">").append(e(Verdicts.cellText(d, v))).append("</span> ").append(e(v.summary())).append("</p>");
    verdictDetail(h, d, v);
    h.append("</section>");

    h.append("<section class=\"next\"><h3>Path to the next verdict</h3>");
    if (!cell.nextSteps().isEmpty()) {
      h.append("<p>Any one of these would give a more open verdict:</p><ul>");
      cell.nextSteps().forEach(s -> h.append("<li>").append(e(s)).append("</li>"));
      h.append("</ul>");
    } else if (rank >= 1.0 && !Verdicts.open(v)) {
      h.append("<p>Already at the most open verdict.</p>");
    } else {
      h.append("<p>No path found.</p>");
    }
    h.append("</section>");

    List<Evaluation.DecidingUnknown> unknowns = ev.decidingUnknowns();
    if (!unknowns.isEmpty()) {
      h.append("<section class=\"unknowns\"><h3>Unknown facts that keep the verdict open</h3><ul>");
      unknowns.forEach(u -> h.append("<li>").append(e(u.describe())).append("</li>"));
      h.append("</ul></section>");
    }

    h.append("<section class=\"requirements\"><h3>Requirements</h3>");
    if (ev.requirements().isEmpty()) {
      h.append("<p>None recorded.</p>");
    }
    // Requirements come grouped by tier (or score group); each group gets a heading.
    for (int k = 0; k < ev.requirements().size(); k++) {
      RequirementResult req = ev.requirements().get(k);
      if (k == 0 || !req.tier().equals(ev.requirements().get(k - 1).tier())) {
        if (k > 0) {
          h.append("</ul>");
        }
        req.tier().ifPresent(t -> h.append("<h4>").append(e(t)).append("</h4>"));
        h.append("<ul class=\"reqs\">");
      }
      requirement(h, req, refs);
    }
    if (!ev.requirements().isEmpty()) {
      h.append("</ul>");
    }
    h.append("</section>");

    if (!ev.warnings().isEmpty()) {
      h.append("<section class=\"warnings\"><h3>Warnings</h3><ul>");
      for (WarningResult w : ev.warnings()) {
        h.append("<li class=\"warning\"><code>").append(e(w.code())).append("</code>");
        w.tier().ifPresent(t -> h.append(" <span class=\"tier\">").append(e(t)).append("</span>"));
        h.append(": ").append(e(w.message()));
        facts(h, w.facts(), refs);
        h.append("</li>");
      }
      h.append("</ul></section>");
    }

    if (!refs.isEmpty()) {
      h.append("<section class=\"evidence\"><h3>Evidence</h3><ol>");
      for (Evidence ref : refs.keySet()) {
        h.append("<li>").append(link(ref.url(), e(ref.url())));
        ref.note().ifPresent(n -> h.append(" \u2014 ").append(e(n)));
        ref.checked().ifPresent(c -> h.append(" <span class=\"checked\">(checked ").append(c).append(")</span>"));
        h.append("</li>");
      }
      h.append("</ol></section>");
    }
    h.append("<p class=\"audit\">").append(e(ev.definitionId())).append(" version ")
        .append(e(ev.definitionVersion())).append(", source hash <code>").append(e(ev.sourceHash()))
        .append("</code>; evaluated at ").append(ev.audit().evaluatedAt()).append(".</p>");
    h.append("</article>");
  }

  private static void verdictDetail(StringBuilder h, DefinitionInfo d, Verdict v) {
    if (v instanceof Verdict.Tiers t && !t.outcomes().isEmpty()) {
      h.append("<table class=\"tiers\"><thead><tr><th scope=\"col\">Tier</th><th scope=\"col\">Reached</th>")
          .append("<th scope=\"col\">Progress</th></tr></thead><tbody>");
      t.outcomes().forEach((tier, outcome) -> h.append("<tr><th scope=\"row\">").append(e(tier))
          .append("</th><td class=\"o-").append(outcome.id()).append("\">").append(reached(outcome))
          .append("</td><td>").append(Optional.ofNullable(t.progress().get(tier))
              .map(p -> String.format(Locale.ROOT, "%.0f%%", p)).orElse("")).append("</td></tr>"));
      h.append("</tbody></table>");
    } else if (v instanceof Verdict.Score s) {
      h.append("<p>On a scale of 0 to ").append(e(Verdicts.scaleMax(d))).append(".</p>");
      if (!s.groups().isEmpty()) {
        h.append("<table class=\"groups\"><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Score</th>")
            .append("</tr></thead><tbody>");
        s.groups().forEach((g, i) -> h.append("<tr><th scope=\"row\">").append(e(g)).append("</th><td>")
            .append(e(interval(d, i))).append("</td></tr>"));
        h.append("</tbody></table>");
      }
    } else if (v instanceof Verdict.Category c && !d.levels().isEmpty()) {
      h.append("<p>Categories, least open first: ").append(e(String.join(", ", d.levels()))).append(".</p>");
      if (!c.undetermined().isEmpty()) {
        h.append("<p>Undetermined: ").append(e(String.join(", ", c.undetermined()))).append(".</p>");
      }
    }
  }

  private static String reached(Outcome o) {
    return switch (o) {
      case SATISFIED -> "yes";
      case VIOLATED -> "no";
      case UNKNOWN -> "undetermined";
    };
  }

  private static String interval(DefinitionInfo d, Interval i) {
    // Group scores are means of 0..1 grades for a mean definition, sums otherwise: the definition's own format.
    return i.isExact() ? Verdicts.number(d, i.low()) : Verdicts.number(d, i.low()) + "\u2013"
        + Verdicts.number(d, i.high());
  }

  private static void requirement(StringBuilder h, RequirementResult req, Map<Evidence, Integer> refs) {
    String outcome = req.applies() ? req.outcome().id() : "does not apply";
    h.append("<li class=\"req o-").append(req.applies() ? req.outcome().id() : "na").append("\" data-requirement=\"")
        .append(e(req.id())).append("\"><div class=\"req-head\"><code class=\"req-id\">").append(e(req.id()))
        .append("</code>");
    // The tier (or score group) heads the group the requirement is listed in.
    h.append(" <span class=\"outcome\">").append(outcome).append("</span></div>");
    h.append("<div class=\"test\">").append(e(req.test())).append("</div>");
    req.because().ifPresent(b -> h.append("<div class=\"because\">Because: ").append(e(b)).append("</div>"));
    req.remedy().ifPresent(m -> h.append("<div class=\"remedy\">Remedy: ").append(e(m)).append("</div>"));
    facts(h, req.facts(), refs);
    h.append("</li>");
  }

  private static void facts(StringBuilder h, List<FactUse> facts, Map<Evidence, Integer> refs) {
    if (facts.isEmpty()) {
      return;
    }
    h.append("<ul class=\"facts\">");
    for (FactUse f : facts) {
      h.append("<li class=\"fact o-").append(f.outcome().id()).append("\">").append(e(f.subject())).append(' ')
          .append(e(f.aspect())).append(": <strong>").append(e(f.value())).append("</strong>");
      f.provenance().ifPresent(p -> h.append(" (").append(e(p)).append(')'));
      h.append(" \u2192 ").append(f.outcome().id());
      for (Evidence ev : f.evidence()) {
        int n = refs.computeIfAbsent(ev, k -> refs.size() + 1);
        h.append(' ').append(link(ev.url(), "[" + n + "]"));
      }
      h.append("</li>");
    }
    h.append("</ul>");
  }

  /** A link when the URL is absolute http(s); else the label alone, and the URL as escaped text in its title. */
  private static String link(String url, String label) {
    if (Escape.linkable(url)) {
      return "<a href=\"" + e(url) + "\" rel=\"noopener noreferrer\" target=\"_blank\">" + label + "</a>";
    }
    return "<span class=\"not-a-link\" title=\"" + e(url) + "\">" + label + "</span>";
  }

  private static void footer(StringBuilder h, Report r) {
    h.append("<footer id=\"audit\">\n<h2>Audit</h2>\n");
    Optional<Evaluation.Audit> audit = r.rows().stream().flatMap(row -> row.cells().stream())
        .map(c -> c.evaluation().audit()).findFirst();
    audit.ifPresent(a -> h.append("<p>Shades ").append(e(a.shadesVersion())).append(", SPDX License List ")
        .append(e(a.spdxListVersion())).append(", evaluated at <time>").append(a.evaluatedAt())
        .append("</time>.</p>\n"));
    h.append("<table class=\"definitions\"><thead><tr><th scope=\"col\">Definition</th><th scope=\"col\">Title</th>")
        .append("<th scope=\"col\">Version</th><th scope=\"col\">Verdict</th><th scope=\"col\">Source</th>")
        .append("<th scope=\"col\">Source hash</th></tr></thead>\n<tbody>\n");
    for (DefinitionInfo d : r.definitions()) {
      h.append("<tr><th scope=\"row\">").append(e(d.id())).append("</th><td>").append(e(d.title()))
          .append("</td><td>").append(e(d.version())).append("</td><td>").append(e(TextReport.kind(d)))
          .append("</td><td>").append(e(d.source().orElse(""))).append("</td><td><code>").append(e(d.sourceHash()))
          .append("</code></td></tr>\n");
    }
    h.append("</tbody></table>\n<p class=\"disclaimer\">").append(e(EvaluationJson.DISCLAIMER))
        .append("</p>\n</footer>\n");
  }

  private static String e(String s) {
    return Escape.markup(s);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The CSP source of a text: {@code sha256-} and its base64 SHA-256. */
  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String style() {
    StringBuilder s = new StringBuilder("""

        :root { color-scheme: light; --ink: #161616; --muted: #555; --line: #c8c8c8; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          background: #fafafa; }
        header, main, footer { padding: 0 1.25rem; }
        h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; }
        .lead { margin: 0 0 .5rem; color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0; margin: .5rem 0; font-size: 12px; }
        .swatch { display: inline-block; min-width: 14px; height: 1.5em; line-height: 1.5em; padding: 0 .3em; }
        .legend .u, .legend .x { margin-left: .75rem; }
        .controls { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; margin: .5rem 0; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; padding: .25rem .5rem; margin: 0; }
        fieldset label { margin-right: .75rem; white-space: nowrap; }
        #status { margin: 0; color: var(--muted); }
        .scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--line); background: #fff; }
        table#matrix { border-collapse: separate; border-spacing: 0; font-size: 13px; }
        #matrix th, #matrix td { border-right: 1px solid #fff; border-bottom: 1px solid #fff; padding: .3rem .5rem;
          text-align: left; vertical-align: middle; }
        #matrix thead th { position: sticky; top: 0; z-index: 2; background: #ececec; }
        #matrix thead th button { all: unset; cursor: pointer; font-weight: 600; }
        #matrix thead th button:focus-visible { outline: 2px solid #1a5fb4; }
        #matrix thead th[aria-sort=ascending] button::after { content: " \\25B2"; }
        #matrix thead th[aria-sort=descending] button::after { content: " \\25BC"; }
        #matrix th.release { position: sticky; left: 0; z-index: 1; background: #f4f4f4; min-width: 11em;
          font-weight: 600; }
        #matrix thead th.release { z-index: 3; background: #ececec; }
        #matrix td.producer { color: var(--muted); min-width: 8em; background: #fbfbfb; }
        #matrix td.cell { cursor: pointer; max-width: 15em; min-width: 6em; }
        #matrix td.cell:hover, #matrix td.cell:focus { outline: 2px solid #1a5fb4; outline-offset: -2px; }
        #matrix td.cell.selected { outline: 3px solid #0b3d91; outline-offset: -3px; }
        .cell, .badge, .swatch { color: #111; }
        .u { background-color: #dedede;
          background-image: repeating-linear-gradient(135deg, rgba(0,0,0,.14) 0 2px, transparent 2px 6px); }
        .x { background-image: repeating-linear-gradient(135deg, rgba(0,0,0,.10) 0 2px, transparent 2px 7px); }
        .badge { padding: .1rem .4rem; border-radius: 3px; font-weight: 600; }
        #detail { position: fixed; top: 0; right: 0; bottom: 0; width: min(44rem, 100%); overflow: auto;
          background: #fff; border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgba(0,0,0,.15);
          padding: .75rem 1.25rem 2rem; z-index: 10; }
        #detail[hidden] { display: none; }
        #detail-close { float: right; }
        .panel h2 { font-size: 1.2rem; margin: .25rem 0 .5rem; }
        .panel h3 { font-size: 1rem; margin: 1rem 0 .35rem; border-bottom: 1px solid var(--line); }
        .panel h4 { font-size: .95rem; margin: .75rem 0 .25rem; }
        .meta, .audit { color: var(--muted); margin: .15rem 0; }
        .panel table { border-collapse: collapse; }
        .panel table th, .panel table td { border: 1px solid var(--line); padding: .15rem .5rem; text-align: left; }
        ul.reqs { list-style: none; padding: 0; }
        li.req { border-left: 4px solid #999; padding: .25rem .5rem; margin: .4rem 0; background: #f7f7f7; }
        li.req.o-satisfied { border-color: #2e7d32; }
        li.req.o-violated { border-color: #c62828; }
        li.req.o-unknown { border-color: #8a8a8a; border-left-style: dashed; }
        li.req.o-na { opacity: .7; }
        .req-head .outcome { font-weight: 600; }
        .o-satisfied > .req-head .outcome, td.o-satisfied { color: #1b5e20; }
        .o-violated > .req-head .outcome, td.o-violated { color: #b71c1c; }
        .tier { color: var(--muted); font-size: 12px; }
        .test { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; color: #333;
          overflow-wrap: anywhere; }
        ul.facts { margin: .25rem 0; padding-left: 1.25rem; font-size: 13px; }
        .evidence li, .not-a-link { overflow-wrap: anywhere; }
        .not-a-link { color: var(--muted); }
        .checked { color: var(--muted); }
        footer { margin: 1.5rem 0; }
        footer h2 { font-size: 1.1rem; }
        table.definitions { border-collapse: collapse; font-size: 13px; background: #fff; }
        table.definitions th, table.definitions td { border: 1px solid var(--line); padding: .2rem .5rem;
          text-align: left; vertical-align: top; }
        .disclaimer { font-weight: 600; }
        @media print { .controls, #detail-close { display: none; } .scroll { max-height: none; } }
        """);
    // The heat map: BUCKETS + 1 shades from red (least open) through yellow to green (most open), light enough
    // that dark text stays readable on each.
    for (int k = 0; k <= BUCKETS; k++) {
      int hue = 4 + Math.round(126f * k / BUCKETS);
      s.append(".h").append(k).append(" { background-color: hsl(").append(hue).append(", 70%, 78%); }\n");
    }
    return s.toString();
  }
}
