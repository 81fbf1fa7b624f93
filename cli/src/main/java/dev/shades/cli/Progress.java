package dev.shades.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for long batch runs: count, rate and time left. It appears only when enabled
 * (standard error is a terminal) and the run has taken more than a second, redraws at most ten times a second, and
 * erases itself when done so that the summary line stands alone.
 */
final class Progress {
  private static final long SECOND = 1_000_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier nanos;
  private final long total;
  private final long start;
  private long done;
  private long lastDrawn = -1;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, long total, LongSupplier nanos) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
  }

  static Progress onTerminal(PrintWriter err, long total) {
    return new Progress(err, Terminal.errInteractive(), total, System::nanoTime);
  }

  /** One more item done. */
  void step() {
    done++;
    if (!enabled) {
      return;
    }
    long now = nanos.getAsLong();
    if (now - start < SECOND || lastDrawn >= 0 && now - lastDrawn < SECOND / 10 && done < total) {
      return;
    }
    lastDrawn = now;
    shown = true;
    err.print("\r" + line(done, total, now - start));
    err.flush();
  }

  /** Erases the bar, if it was shown. */
  void finish() {
    clear();
  }

  /** Erases the bar for a message to be printed in its place; the next step draws it again. */
  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(line(done, total, nanos.getAsLong() - start).length()) + "\r");
      err.flush();
      shown = false;
      lastDrawn = -1;
    }
  }

  /** Seconds since the start. */
  double seconds() {
    return (nanos.getAsLong() - start) / (double) SECOND;
  }

  /** The bar's text: {@code [########----------------]  1200/5000  812/s  0:04 left}. */
  static String line(long done, long total, long elapsedNanos) {
    double fraction = total == 0 ? 1 : Math.min(1, done / (double) total);
    int filled = (int) Math.round(fraction * WIDTH);
    double rate = elapsedNanos <= 0 ? 0 : done / (elapsedNanos / (double) SECOND);
    long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
    return String.format(Locale.ROOT, "[%s%s] %d/%d  %.0f/s  %d:%02d left", "#".repeat(filled),
        "-".repeat(WIDTH - filled), done, total, rate, left / 60, left % 60);
  }
}
