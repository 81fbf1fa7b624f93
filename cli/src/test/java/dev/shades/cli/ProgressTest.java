package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: only after a second, only when enabled, and gone when the run ends. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void showsCountRateAndTimeLeft() {
    assertThat(Progress.line(1200, 5000, 2 * SECOND)).isEqualTo("[######------------------] 1200/5000  600/s  0:06 left");
    assertThat(Progress.line(0, 0, 0)).startsWith("[########################] 0/0");
  }

  @Test
  void appearsOnlyAfterASecondAndErasesItself() {
    AtomicLong now = new AtomicLong();
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), true, 100, now::get);
    p.step();
    now.set(SECOND / 2);
    p.step();
    assertThat(text.toString()).as("nothing in the first second").isEmpty();
    now.set(2 * SECOND);
    p.step();
    assertThat(text.toString()).startsWith("\r[").contains("3/100");
    p.clear();
    assertThat(text.toString()).as("erased for a message").endsWith("\r");
    int length = text.toString().length();
    now.set(2 * SECOND + 1);
    p.step();
    assertThat(text.toString().length()).as("drawn again at once").isGreaterThan(length);
    p.finish();
    assertThat(text.toString()).endsWith("\r");
  }

  @Test
  void staysSilentWhenNotOnATerminal() {
    AtomicLong now = new AtomicLong();
    StringWriter text = new StringWriter();
    Progress p = new Progress(new PrintWriter(text), false, 10, now::get);
    now.set(5 * SECOND);
    p.step();
    p.finish();
    assertThat(text.toString()).isEmpty();
  }
}
