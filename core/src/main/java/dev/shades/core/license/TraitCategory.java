package dev.shades.core.license;

/** The groups of licence traits; all but {@link #DUTY} make a licence fail the Open Source Definition. */
public enum TraitCategory {
  /** Limits on use: acceptable-use policies, fields of use, non-commercial, research-only, no derivatives. */
  USE,
  /** Limits on who may use it: user thresholds, excluded jurisdictions. */
  WHO,
  /** Obligations that follow the model: no improving other models, flow-down, remote restriction, hosting. */
  WHAT_FOLLOWS,
  /** Duties that do not make a licence non-open: attribution, share-alike, badges, name marks, IP-suit termination. */
  DUTY
}
