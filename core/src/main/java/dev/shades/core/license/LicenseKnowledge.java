package dev.shades.core.license;

import com.google.common.collect.ImmutableMap;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What Shades knows about licences: the SPDX License List (ids, names, OSI and FSF status, deprecation), the traits
 * of the licences definitions of openness care about, and an alias table of common spellings. It ships inside the
 * jar and never touches the network. Instances are immutable; {@link #toBuilder()} adds licences, traits and
 * aliases.
 *
 * <h2>Meaning of expressions for licence tests</h2>
 *
 * <ul>
 *   <li>{@code A OR B}: the licensee may choose either, so a test is satisfied if some branch satisfies it, violated
 *       if every branch violates it, otherwise unknown.
 *   <li>{@code A AND B}: both apply, so a test is satisfied only if every part satisfies it, violated if any part
 *       violates it, otherwise unknown.
 *   <li>{@code A+} (this version or any later one): judged as {@code A}, which the licensee may always choose; later
 *       versions are not assumed to exist or to differ.
 *   <li>{@code A WITH E}: an exception only adds permissions, so the licence keeps the OSI and FSF status and the
 *       restrictive traits of {@code A}; a linking exception (such as {@code Classpath-exception-2.0}) turns strong
 *       copyleft into weak copyleft.
 *   <li>A deprecated SPDX id keeps its own OSI and FSF status from the list, and takes the traits of the id that
 *       replaced it ({@code GPL-2.0} those of {@code GPL-2.0-only}, {@code GPL-2.0+} those of
 *       {@code GPL-2.0-or-later}).
 *   <li>A {@code LicenseRef-} Shades does not know is not OSI-approved (every OSI-approved licence has an SPDX id);
 *       its other traits are unknown.
 * </ul>
 */
public final class LicenseKnowledge {
  private static final String RESOURCES = "/dev/shades/core/license/";

  /**
   * Exceptions that permit linking or combination without the copyleft spreading, so that a strong copyleft
   * licence with one of them acts as weak copyleft.
   */
  private static final Set<String> LINKING_EXCEPTIONS =
      Set.of(
          "Classpath-exception-2.0", "GCC-exception-2.0", "GCC-exception-3.1", "LLVM-exception",
          "OpenJDK-assembly-exception-1.0", "Universal-FOSS-exception-1.0", "WxWindows-exception-3.1",
          "eCos-exception-2.0", "FLTK-exception", "Font-exception-2.0", "Autoconf-exception-2.0",
          "Autoconf-exception-3.0", "Bison-exception-2.2", "Bison-exception-1.24", "GNAT-exception",
          "GNU-compiler-exception", "Libtool-exception", "LGPL-3.0-linking-exception", "mif-exception",
          "Qt-LGPL-exception-1.1", "u-boot-exception-2.0", "x11vnc-openssl-exception", "SWI-exception",
          "openvpn-openssl-exception", "Linux-syscall-note", "GStreamer-exception-2005", "GStreamer-exception-2008");

  /** The ids the SPDX list deprecates, with the expression that replaced each (facts from the SPDX list). */
  private static final Map<String, String> REPLACEMENTS =
      ImmutableMap.<String, String>builder()
          .put("AGPL-1.0", "AGPL-1.0-only")
          .put("AGPL-3.0", "AGPL-3.0-only")
          .put("BSD-2-Clause-FreeBSD", "BSD-2-Clause-Views")
          .put("BSD-2-Clause-NetBSD", "BSD-2-Clause")
          .put("bzip2-1.0.5", "bzip2-1.0.6")
          .put("eCos-2.0", "GPL-2.0-or-later WITH eCos-exception-2.0")
          .put("GFDL-1.1", "GFDL-1.1-only")
          .put("GFDL-1.2", "GFDL-1.2-only")
          .put("GFDL-1.3", "GFDL-1.3-only")
          .put("GPL-1.0", "GPL-1.0-only")
          .put("GPL-1.0+", "GPL-1.0-or-later")
          .put("GPL-2.0", "GPL-2.0-only")
          .put("GPL-2.0+", "GPL-2.0-or-later")
          .put("GPL-2.0-with-autoconf-exception", "GPL-2.0-only WITH Autoconf-exception-2.0")
          .put("GPL-2.0-with-bison-exception", "GPL-2.0-only WITH Bison-exception-2.2")
          .put("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0")
          .put("GPL-2.0-with-font-exception", "GPL-2.0-only WITH Font-exception-2.0")
          .put("GPL-2.0-with-GCC-exception", "GPL-2.0-only WITH GCC-exception-2.0")
          .put("GPL-3.0", "GPL-3.0-only")
          .put("GPL-3.0+", "GPL-3.0-or-later")
          .put("GPL-3.0-with-autoconf-exception", "GPL-3.0-only WITH Autoconf-exception-3.0")
          .put("GPL-3.0-with-GCC-exception", "GPL-3.0-only WITH GCC-exception-3.1")
          .put("LGPL-2.0", "LGPL-2.0-only")
          .put("LGPL-2.0+", "LGPL-2.0-or-later")
          .put("LGPL-2.1", "LGPL-2.1-only")
          .put("LGPL-2.1+", "LGPL-2.1-or-later")
          .put("LGPL-3.0", "LGPL-3.0-only")
          .put("LGPL-3.0+", "LGPL-3.0-or-later")
          .put("Net-SNMP", "NetSNMP")
          .put("Nunit", "zlib-acknowledgement")
          .put("StandardML-NJ", "SMLNJ")
          .put("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1")
          .buildOrThrow();

  private static final class Holder {
    static final LicenseKnowledge STANDARD = loadStandard();
  }

  private final String spdxListVersion;
  private final ImmutableMap<String, LicenseInfo> licenses;
  private final ImmutableMap<String, String> idsByLowerCase;
  private final ImmutableMap<String, String> exceptions;
  private final ImmutableMap<String, Alias> aliases;

  private LicenseKnowledge(
      String spdxListVersion,
      Map<String, LicenseInfo> licenses,
      Map<String, String> exceptions,
      Map<String, Alias> aliases) {
    this.spdxListVersion = spdxListVersion;
    this.licenses = ImmutableMap.copyOf(licenses);
    Map<String, String> lower = new HashMap<>();
    for (String id : licenses.keySet()) {
      lower.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
    }
    this.idsByLowerCase = ImmutableMap.copyOf(lower);
    this.exceptions = ImmutableMap.copyOf(exceptions);
    this.aliases = ImmutableMap.copyOf(aliases);
  }

  /**
   * A spelling people use for a licence and what Shades reads it as.
   *
   * @param alias the spelling as written in the alias table
   * @param target the canonical expression, or empty when the spelling names no licence (Hugging Face's
   *     {@code other} and {@code unknown}), so that the text is kept as an unrecognised licence
   */
  public record Alias(String alias, Optional<String> target) {
    /** Validates the alias. */
    public Alias {
      Objects.requireNonNull(alias, "alias");
      Objects.requireNonNull(target, "target");
    }
  }

  /** The knowledge base that ships with Shades. Loaded once; shared and thread-safe. */
  public static LicenseKnowledge standard() {
    return Holder.STANDARD;
  }

  /** The version of the SPDX License List the knowledge base holds, such as {@code 3.28.0}. */
  public String spdxListVersion() {
    return spdxListVersion;
  }

  /** Every licence, SPDX ones first, in id order within each source. */
  public Collection<LicenseInfo> licenses() {
    return licenses.values();
  }

  /** Every alias by its normalised spelling. */
  public Collection<Alias> aliases() {
    return aliases.values();
  }

  /** The licence with exactly this id. */
  public Optional<LicenseInfo> find(String id) {
    return Optional.ofNullable(licenses.get(id));
  }

  /** The canonical id of a licence id written in any letter case ({@code apache-2.0} → {@code Apache-2.0}). */
  public Optional<String> canonicalId(String id) {
    return Optional.ofNullable(idsByLowerCase.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The canonical id of an exception id written in any letter case. */
  public Optional<String> canonicalException(String id) {
    return Optional.ofNullable(exceptions.get(id.toLowerCase(Locale.ROOT)));
  }

  /** Every exception id. */
  public Collection<String> exceptionIds() {
    return exceptions.values();
  }

  /** Every licence id. */
  public Collection<String> ids() {
    return licenses.keySet();
  }

  /** The alias entry for a spelling (letter case and runs of white space do not matter). */
  public Optional<Alias> alias(String text) {
    return Optional.ofNullable(aliases.get(normalise(text)));
  }

  /** The expression that replaced a deprecated SPDX id. */
  public Optional<String> replacementOf(String deprecatedId) {
    return Optional.ofNullable(REPLACEMENTS.get(deprecatedId));
  }

  /** Every deprecated id with its replacement. */
  public static Map<String, String> replacements() {
    return REPLACEMENTS;
  }

  // ---- tests over one licence term ------------------------------------------------------------------------

  /**
   * The traits of one term of an expression (a licence, possibly with {@code +} or an exception), following the
   * rules in the class documentation; empty when Shades knows no traits for it.
   */
  public Optional<LicenseTraits> traits(LicenseExpression term) {
    if (term instanceof LicenseExpression.With w) {
      if (w.exception().startsWith("AdditionRef-")) {
        return Optional.empty(); // a custom addition may restrict as well as permit: its traits are unknown
      }
      return traits(w.license()).map(t -> LINKING_EXCEPTIONS.contains(w.exception())
          && t.kind() == LicenseKind.STRONG_COPYLEFT ? t.withKind(LicenseKind.WEAK_COPYLEFT) : t);
    }
    if (!(term instanceof LicenseExpression.Simple s)) {
      throw new IllegalArgumentException("not a single licence term: " + term);
    }
    String id = s.id();
    if (s.orLater()) {
      String base = id.endsWith("-only") ? id.substring(0, id.length() - 5) : id;
      if (licenses.containsKey(base + "-or-later")) {
        id = base + "-or-later";
      } else if (REPLACEMENTS.containsKey(id + "+")) {
        id = id + "+";
      }
    }
    String replacement = REPLACEMENTS.get(id);
    if (replacement != null) {
      Optional<LicenseExpression> replaced = ExpressionParser.parse(replacement).expression();
      return replaced.flatMap(this::traits);
    }
    return find(id).flatMap(LicenseInfo::traits);
  }

  /** Whether a term is OSI-approved: the SPDX flag; unknown for ids Shades does not know. */
  public Outcome osiApproved(LicenseExpression term) {
    if (term instanceof LicenseExpression.With w && w.exception().startsWith("AdditionRef-")) {
      return Outcome.UNKNOWN;
    }
    LicenseExpression.Simple s = LicenseExpression.licenseOf(term);
    Optional<LicenseInfo> info = find(s.id());
    if (info.isPresent()) {
      return Outcome.of(info.get().osiApproved());
    }
    return s.isLicenseRef() ? Outcome.VIOLATED : Outcome.UNKNOWN;
  }

  /** Whether a term is FSF-libre: unknown where the FSF has not assessed the licence. */
  public Outcome fsfLibre(LicenseExpression term) {
    return find(LicenseExpression.licenseOf(term).id()).flatMap(LicenseInfo::fsfLibre).map(Outcome::of)
        .orElse(Outcome.UNKNOWN);
  }

  /**
   * Whether a term conforms to the Open Source Definition: satisfied for OSI-approved licences; otherwise
   * satisfied when Shades knows the licence's traits and none of them restricts use, users or what follows;
   * violated when one does; unknown when Shades knows no traits.
   */
  public Outcome osdConformant(LicenseExpression term) {
    if (osiApproved(term) == Outcome.SATISFIED) {
      return Outcome.SATISFIED;
    }
    return traits(term).map(t -> Outcome.of(t.restrictions().isEmpty())).orElse(Outcome.UNKNOWN);
  }

  /** Whether a term has a trait: unknown when Shades knows no traits for it. */
  public Outcome has(LicenseExpression term, Trait trait) {
    return traits(term).map(t -> Outcome.of(t.has(trait))).orElse(Outcome.UNKNOWN);
  }

  /** Whether a term is suited to a content type: unknown when Shades knows no traits for it. */
  public Outcome suitedFor(LicenseExpression term, ContentType type) {
    return traits(term).map(t -> Outcome.of(t.suitedFor().contains(type))).orElse(Outcome.UNKNOWN);
  }

  // ---- tests over whole expressions -----------------------------------------------------------------------

  /**
   * Applies a test to every term of an expression and combines the outcomes: {@code OR} as the licensee's choice
   * (satisfied if any branch is), {@code AND} as all applying at once (violated if any part is).
   */
  public static Outcome test(LicenseExpression expression, Function<LicenseExpression, Outcome> termTest) {
    if (expression instanceof LicenseExpression.Or or) {
      Outcome result = Outcome.VIOLATED;
      for (LicenseExpression e : or.operands()) {
        result = result.or(test(e, termTest));
      }
      return result;
    }
    if (expression instanceof LicenseExpression.And and) {
      Outcome result = Outcome.SATISFIED;
      for (LicenseExpression e : and.operands()) {
        result = result.and(test(e, termTest));
      }
      return result;
    }
    return termTest.apply(expression);
  }

  /** {@link #osdConformant(LicenseExpression)} over a whole expression. */
  public Outcome isOsdConformant(LicenseExpression expression) {
    return test(expression, this::osdConformant);
  }

  /** {@link #osiApproved(LicenseExpression)} over a whole expression. */
  public Outcome isOsiApproved(LicenseExpression expression) {
    return test(expression, this::osiApproved);
  }

  // ---- extension ------------------------------------------------------------------------------------------

  /** A builder that starts from this knowledge base. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Adds licences, traits and aliases to a knowledge base. */
  public static final class Builder {
    private final String spdxListVersion;
    private final Map<String, LicenseInfo> licenses;
    private final Map<String, String> exceptions;
    private final Map<String, Alias> aliases;

    private Builder(LicenseKnowledge base) {
      spdxListVersion = base.spdxListVersion;
      licenses = new LinkedHashMap<>(base.licenses);
      exceptions = new LinkedHashMap<>(base.exceptions);
      aliases = new LinkedHashMap<>(base.aliases);
    }

    /**
     * Adds a licence, or replaces what is known of one with the same id.
     *
     * @throws IllegalArgumentException when the id is neither a known id nor a {@code LicenseRef-}
     */
    public Builder license(LicenseInfo info) {
      if (!licenses.containsKey(info.id()) && !info.id().startsWith("LicenseRef-")) {
        throw new IllegalArgumentException(
            "a licence that is not on the SPDX list needs a LicenseRef- id: " + info.id());
      }
      licenses.put(info.id(), info);
      return this;
    }

    /**
     * Sets the traits of a known licence.
     *
     * @throws IllegalArgumentException when the licence is unknown
     */
    public Builder traits(String id, LicenseTraits traits) {
      LicenseInfo info = licenses.get(id);
      if (info == null) {
        throw new IllegalArgumentException("unknown licence: " + id);
      }
      licenses.put(id, info.withTraits(traits));
      return this;
    }

    /**
     * Adds an alias: a spelling read as a canonical expression (empty: kept as unrecognised text).
     *
     * @throws IllegalArgumentException when the alias is already there with another target
     */
    public Builder alias(String alias, Optional<String> target) {
      Alias existing = aliases.get(normalise(alias));
      if (existing != null && !existing.target().equals(target)) {
        throw new IllegalArgumentException("alias '" + alias + "' already reads as " + existing.target());
      }
      aliases.put(normalise(alias), new Alias(alias, target));
      return this;
    }

    /** The knowledge base. */
    public LicenseKnowledge build() {
      return new LicenseKnowledge(spdxListVersion, licenses, exceptions, aliases);
    }
  }

  // ---- loading --------------------------------------------------------------------------------------------

  static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static LicenseKnowledge loadStandard() {
    Map<String, LicenseInfo> licenses = new LinkedHashMap<>();
    String[] version = {"unknown"};
    readTsv("spdx-licenses.tsv", version, f -> licenses.put(f[0], new LicenseInfo(
        f[0], f[1], Optional.of("https://spdx.org/licenses/" + f[0] + ".html"), f[2].equals("1"),
        f[3].equals("-") ? Optional.empty() : Optional.of(f[3].equals("1")), f[4].equals("1"),
        LicenseSource.SPDX, Optional.empty())));
    Map<String, String> exceptions = new LinkedHashMap<>();
    readTsv("spdx-exceptions.tsv", new String[1], f -> exceptions.put(f[0].toLowerCase(Locale.ROOT), f[0]));

    for (Object o : (List<?>) loadYaml("licenses.yaml")) {
      Map<?, ?> entry = (Map<?, ?>) o;
      String id = (String) entry.get("id");
      LicenseTraits traits = traitsOf(id, entry);
      LicenseInfo known = licenses.get(id);
      if (known != null) {
        licenses.put(id, known.withTraits(traits));
      } else if (id.startsWith("LicenseRef-")) {
        licenses.put(id, new LicenseInfo(id, (String) entry.get("name"),
            Optional.ofNullable((String) entry.get("url")), false, Optional.empty(), false, LicenseSource.SHADES,
            Optional.of(traits)));
      } else {
        throw new IllegalStateException("licenses.yaml: '" + id + "' is neither an SPDX id nor a LicenseRef");
      }
    }

    Map<String, Alias> aliases = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) loadYaml("aliases.yaml")).entrySet()) {
      String alias = String.valueOf(e.getKey());
      Optional<String> target = Optional.ofNullable(e.getValue()).map(String::valueOf);
      if (aliases.put(normalise(alias), new Alias(alias, target)) != null) {
        throw new IllegalStateException("aliases.yaml: '" + alias + "' appears twice");
      }
    }
    return new LicenseKnowledge(version[0], licenses, exceptions, aliases);
  }

  private static LicenseTraits traitsOf(String id, Map<?, ?> entry) {
    String where = "licenses.yaml: " + id + ": ";
    LicenseKind kind = LicenseKind.fromId(String.valueOf(entry.get("kind")))
        .orElseThrow(() -> new IllegalStateException(where + "unknown kind " + entry.get("kind")));
    Set<ContentType> suited = EnumSet.noneOf(ContentType.class);
    for (Object s : listOf(entry.get("suited"))) {
      suited.add(ContentType.fromId(String.valueOf(s))
          .orElseThrow(() -> new IllegalStateException(where + "unknown content type " + s)));
    }
    Set<Trait> traits = EnumSet.noneOf(Trait.class);
    for (Object t : listOf(entry.get("traits"))) {
      traits.add(Trait.fromId(String.valueOf(t))
          .orElseThrow(() -> new IllegalStateException(where + "unknown trait " + t)));
    }
    Object threshold = entry.get("user-threshold");
    List<String> jurisdictions = new ArrayList<>();
    for (Object j : listOf(entry.get("excluded-jurisdictions"))) {
      jurisdictions.add(String.valueOf(j));
    }
    return new LicenseTraits(kind, suited, traits,
        threshold == null ? OptionalLong.empty() : OptionalLong.of(((Number) threshold).longValue()),
        jurisdictions, Optional.ofNullable((String) entry.get("note")));
  }

  private static List<?> listOf(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private static Object loadYaml(String name) {
    try (InputStream in = open(name)) {
      return new Load(LoadSettings.builder().setLabel(name).build())
          .loadFromInputStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readTsv(String name, String[] version, java.util.function.Consumer<String[]> row) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("# SPDX License List ")) {
          version[0] = line.substring("# SPDX License List ".length()).split(" ")[0];
        }
        if (!line.startsWith("#") && !line.isEmpty()) {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = LicenseKnowledge.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCES + name);
    }
    return in;
  }
}
