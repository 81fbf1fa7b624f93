package dev.shades.core.model;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * The structured sub-facts of training-data information (the OSAID's "data information"): how far each aspect is
 * disclosed, and the lists of public and third-party training data sources.
 *
 * @param aspects each stated aspect with its disclosure; an absent aspect is unknown
 * @param publicSources the publicly available training data, and where to get it
 * @param thirdPartySources training data obtainable from third parties, and where
 */
public record DataInformation(
    Map<DataInformationAspect, Fact<Disclosure>> aspects,
    List<DataSource> publicSources,
    List<DataSource> thirdPartySources) {

  /** Copies the parts. */
  public DataInformation {
    aspects = ImmutableMap.copyOf(aspects);
    publicSources = List.copyOf(publicSources);
    thirdPartySources = List.copyOf(thirdPartySources);
  }

  /** How far an aspect is disclosed; {@link Disclosure#UNKNOWN} when not stated. */
  public Disclosure disclosure(DataInformationAspect aspect) {
    Fact<Disclosure> fact = aspects.get(aspect);
    return fact == null ? Disclosure.UNKNOWN : fact.value();
  }
}
