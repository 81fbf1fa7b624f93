package dev.shades.core.definition;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from a few names, in a fixed order, to values: a tiered verdict's progress and outcome per tier.
 * The names are shared by every verdict of a definition and the values are one array, so a verdict costs two small
 * allocations instead of two hash tables. Equal to any map with the same entries; iterates in the names' order.
 *
 * @param <V> the values' type
 */
final class NamedValues<V> extends AbstractMap<String, V> {
  private final List<String> names;
  private final Object[] values;

  /** Takes the values array as it is: the caller must not change it afterwards. */
  NamedValues(List<String> names, Object[] values) {
    if (names.size() != values.length) {
      throw new IllegalArgumentException(names.size() + " names, " + values.length + " values");
    }
    for (Object v : values) {
      Objects.requireNonNull(v, "value");
    }
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = names.indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return names.contains(key);
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return values.length;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names.get(i), (V) values[i]);
          }
        };
      }
    };
  }
}
