package dev.shades.formats.report;

import dev.shades.core.definition.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A matrix of releases × definitions with everything a report shows.
 *
 * @param definitions the columns, in order
 * @param rows one row per release; each row's cells are in the order of {@code definitions}
 */
public record Report(List<DefinitionInfo> definitions, List<Row> rows) {
  private static final List<String> FIXED_COLUMNS = List.of("release", "producer", "source");

  /** Validates that every row has one cell per definition, for that definition, and copies. */
  public Report {
    definitions = List.copyOf(definitions);
    rows = List.copyOf(rows);
    Set<String> ids = new HashSet<>();
    for (DefinitionInfo d : definitions) {
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("definition '" + d.id() + "' appears twice");
      }
    }
    for (Row row : rows) {
      if (row.cells().size() != definitions.size()) {
        throw new IllegalArgumentException("row '" + row.release() + "' has " + row.cells().size()
            + " cells for " + definitions.size() + " definitions");
      }
      for (int i = 0; i < definitions.size(); i++) {
        String evaluated = row.cells().get(i).evaluation().definitionId();
        if (!evaluated.equals(definitions.get(i).id())) {
          throw new IllegalArgumentException("row '" + row.release() + "', column " + (i + 1) + ": an evaluation of '"
              + evaluated + "' where '" + definitions.get(i).id() + "' belongs");
        }
      }
    }
  }

  /** The columns a report can be sorted by: {@code release}, {@code producer}, {@code source}, then the ids. */
  public List<String> columns() {
    List<String> out = new ArrayList<>(FIXED_COLUMNS);
    definitions.forEach(d -> out.add(d.id()));
    return List.copyOf(out);
  }

  /**
   * The same report with its rows sorted by a column; the sort is stable. Releases, producers and sources sort by
   * text (ignoring case); a definition's column by {@link Verdicts#rank}, least open first. Equal scores are
   * ordered by the source's file name (compared by UTF-16 code units) in the same direction, so that sorting by
   * {@code eu-osai-index} descending ranks a folder of index files exactly as the index's site does; other equal
   * verdicts keep their input order. A missing producer and an undetermined rank sort last in both directions.
   *
   * @param column {@code release}, {@code producer}, {@code source} or a definition's id (the fixed columns win
   *     over a definition with the same id)
   * @param descending true for the most open (or the last in text order) first
   * @throws IllegalArgumentException for an unknown column, listing the valid ones
   */
  public Report sortedBy(String column, boolean descending) {
    Comparator<Row> order = switch (column) {
      case "release" -> byText(r -> Optional.of(r.release()), descending);
      case "producer" -> byText(Row::producer, descending);
      case "source" -> byText(r -> Optional.of(r.source()), descending);
      default -> byRank(column, descending);
    };
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(order); // List.sort is a stable merge sort
    return new Report(definitions, sorted);
  }

  private Comparator<Row> byRank(String column, boolean descending) {
    int index = -1;
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).id().equals(column)) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException("unknown column '" + column + "'; valid columns: "
          + String.join(", ", columns()));
    }
    DefinitionInfo d = definitions.get(index);
    int i = index;
    Comparator<Row> byVerdict = lastWhenMissing(r -> {
      Verdict v = r.cells().get(i).evaluation().verdict();
      double rank = Verdicts.rank(d, v);
      // An undetermined yes/no verdict is neither passed nor failed: it sorts last, as other undetermined ones do.
      boolean undetermined = v instanceof Verdict.Binary b && b.passed().isEmpty();
      return Double.isNaN(rank) || undetermined ? Optional.empty() : Optional.of(rank);
    }, Comparator.<Double>naturalOrder(), descending);
    // Equal scores are ranked as the European Open Source AI Index ranks them; other kinds keep the input order.
    return d.kind().equals("score") ? byVerdict.thenComparing(byFileName(descending)) : byVerdict;
  }

  /** Ties between equal ranks: the source's file name (not its folder), by code units, in the sort's direction. */
  private static Comparator<Row> byFileName(boolean descending) {
    Comparator<Row> names = Comparator.comparing(r -> fileName(r.source()));
    return descending ? names.reversed() : names;
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static Comparator<Row> byText(Function<Row, Optional<String>> key, boolean descending) {
    Comparator<String> text = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    return lastWhenMissing(key, text, descending);
  }

  /** Orders by a key, reversed when descending, with rows that have no key last either way. */
  private static <K> Comparator<Row> lastWhenMissing(
      Function<Row, Optional<K>> key, Comparator<K> order, boolean descending) {
    Comparator<K> directed = descending ? order.reversed() : order;
    return (a, b) -> {
      Optional<K> x = key.apply(a);
      Optional<K> y = key.apply(b);
      if (x.isEmpty() || y.isEmpty()) {
        return Boolean.compare(x.isEmpty(), y.isEmpty());
      }
      return directed.compare(x.get(), y.get());
    };
  }
}
