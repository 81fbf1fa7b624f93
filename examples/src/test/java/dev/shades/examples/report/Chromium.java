package dev.shades.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with the JDK's WebSocket client and Jackson: no
 * browser-automation library. Every wait has a timeout, and {@link #close} kills the browser and its children.
 */
final class Chromium implements AutoCloseable {
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final Deque<String> log = new ArrayDeque<>();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private WebSocket socket;

  private Chromium(Process process, Path profile) {
    this.process = process;
    this.profile = profile;
  }

  /** The browser on the PATH: {@code chromium} or {@code chromium-browser}; {@code -Dshades.chromium} overrides. */
  static Optional<Path> find() {
    String given = System.getProperty("shades.chromium", "");
    if (!given.isEmpty()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with a fresh profile and connects to it. */
  static Chromium launch(Path binary, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("shades-chromium-");
    Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
        "--disable-background-networking", "--disable-component-update", "--mute-audio", "--hide-scrollbars",
        "--window-size=" + width + "," + height, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    Chromium c = new Chromium(p, profile);
    try {
      c.connect();
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  private void connect() throws Exception {
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    // Reads stderr to the end, so that the browser never blocks on a full pipe; keeps the last lines for errors.
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          synchronized (log) {
            log.addLast(line);
            if (log.size() > 40) {
              log.removeFirst();
            }
          }
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) {
            endpoint.complete(line.substring(at).strip());
          }
        }
      } catch (IOException e) {
        // the browser was killed: nothing more to read
      }
      endpoint.completeExceptionally(new IllegalStateException("Chromium exited before listening: " + log()));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Chromium did not print its DevTools address within " + TIMEOUT + ": "
          + log(), e);
    }
    socket = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().newWebSocketBuilder()
        .connectTimeout(TIMEOUT).buildAsync(URI.create(ws), new Listener())
        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The last lines Chromium wrote to stderr. */
  String log() {
    synchronized (log) {
      return String.join("\n", new ArrayList<>(log));
    }
  }

  /** Sends a command to the browser, or to the page of a session, and waits for its result. */
  JsonNode send(Optional<String> session, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    session.ifPresent(s -> message.put("sessionId", s));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode answer;
    try {
      answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(method + " got no answer within " + TIMEOUT, e);
    } finally {
      pending.remove(id);
    }
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** A new page (tab) of this browser, attached for commands. */
  Page newPage() throws Exception {
    String target = send(Optional.empty(), "Target.createTarget", params().put("url", "about:blank"))
        .get("targetId").asText();
    String session = send(Optional.empty(), "Target.attachToTarget",
        params().put("targetId", target).put("flatten", true)).get("sessionId").asText();
    return new Page(session);
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** Kills the browser and every process it started, and deletes its profile. */
  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary profile is harmless
    }
  }

  /** One page of the browser. */
  final class Page {
    private final String session;

    Page(String session) {
      this.session = session;
    }

    JsonNode send(String method, ObjectNode params) throws Exception {
      return Chromium.this.send(Optional.of(session), method, params);
    }

    /** Evaluates a JavaScript expression in the page and returns its value (awaiting a promise). */
    JsonNode eval(String expression) throws Exception {
      JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
          .put("awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
      }
      return r.path("result").path("value");
    }

    /** Loads a URL and waits until the document and its scripts are loaded. */
    void load(String url, Duration timeout) throws Exception {
      send("Page.navigate", params().put("url", url));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!"complete".equals(eval("document.readyState").asText())
          || eval("location.href").asText().equals("about:blank")) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(url + " did not load within " + timeout);
        }
        Thread.sleep(50);
      }
    }

    /** A real mouse click (pressed and released) at a point of the viewport. */
    void click(double x, double y) throws Exception {
      send("Input.dispatchMouseEvent", params().put("type", "mouseMoved").put("x", x).put("y", y));
      for (String type : List.of("mousePressed", "mouseReleased")) {
        send("Input.dispatchMouseEvent", params().put("type", type).put("x", x).put("y", y)
            .put("button", "left").put("clickCount", 1));
      }
    }

    /** A PNG of the viewport. */
    byte[] screenshot() throws Exception {
      String data = send("Page.captureScreenshot", params().put("format", "png")).get("data").asText();
      return java.util.Base64.getDecoder().decode(data);
    }
  }

  /** Gathers each text message (which may arrive in parts) and hands command results to their callers. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        try {
          JsonNode message = JSON.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      pending.values().forEach(f -> f.completeExceptionally(new IllegalStateException("DevTools closed: "
          + reason)));
      return null;
    }
  }
}
