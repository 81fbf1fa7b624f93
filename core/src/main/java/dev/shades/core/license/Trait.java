package dev.shades.core.license;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A trait of a licence beyond what the SPDX list records, as definitions of openness test them. */
public enum Trait {
  /** An acceptable-use policy or other use-based restrictions. */
  USAGE_RESTRICTIONS(TraitCategory.USE, "restricts uses (acceptable-use policy or use-based restrictions)"),
  /** The acceptable-use policy is incorporated by reference rather than written in the licence. */
  AUP_BY_REFERENCE(TraitCategory.USE, "incorporates an acceptable-use policy by reference"),
  /** The licensor may change the restrictions unilaterally. */
  AUP_MAY_CHANGE(TraitCategory.USE, "lets the licensor change the use restrictions unilaterally"),
  /** Use is limited to some fields. */
  FIELD_OF_USE(TraitCategory.USE, "limits the fields of use"),
  /** Commercial use is not allowed. */
  NON_COMMERCIAL(TraitCategory.USE, "forbids commercial use"),
  /** Only research use is allowed. */
  RESEARCH_ONLY(TraitCategory.USE, "allows research use only"),
  /** Production use is not allowed. */
  NON_PRODUCTION(TraitCategory.USE, "forbids production use"),
  /** Modified versions may not be made or shared. */
  NO_DERIVATIVES(TraitCategory.USE, "forbids derivatives"),
  /** Users above a monthly-active-user count need a separate licence. */
  USER_THRESHOLD(TraitCategory.WHO, "requires a separate licence above a user threshold"),
  /** Rights are withheld from users in some jurisdictions. */
  EXCLUDED_JURISDICTIONS(TraitCategory.WHO, "withholds rights from users in some jurisdictions"),
  /** Outputs may not be used to improve other models. */
  NO_IMPROVING_OTHER_MODELS(TraitCategory.WHAT_FOLLOWS, "forbids using outputs to improve other models"),
  /** Restrictions must be passed on to downstream recipients. */
  FLOW_DOWN(TraitCategory.WHAT_FOLLOWS, "requires its restrictions to be passed on to recipients"),
  /** The licensor may restrict use remotely. */
  REMOTE_RESTRICTION(TraitCategory.WHAT_FOLLOWS, "lets the licensor restrict use remotely"),
  /** Serving the model as a hosted service needs a separate licence. */
  HOSTING_LICENCE_REQUIRED(TraitCategory.WHAT_FOLLOWS, "requires a separate licence to offer a hosted service"),
  /** Attribution or notices must be kept. */
  ATTRIBUTION(TraitCategory.DUTY, "requires attribution"),
  /** Derivatives must be shared under the same terms. */
  SHARE_ALIKE(TraitCategory.DUTY, "requires share-alike"),
  /** A badge such as "Built with Llama" must be displayed. */
  DISPLAY_BADGE(TraitCategory.DUTY, "requires displaying a badge"),
  /** Derivative names must carry a mark. */
  NAME_MARKING(TraitCategory.DUTY, "requires derivative names to carry a mark"),
  /** Rights end if the licensee sues over intellectual property. */
  ENDS_ON_IP_SUIT(TraitCategory.DUTY, "ends rights on an intellectual-property suit");

  private final TraitCategory category;
  private final String description;

  Trait(TraitCategory category, String description) {
    this.category = category;
    this.description = description;
  }

  /** The trait's group. */
  public TraitCategory category() {
    return category;
  }

  /** A short phrase for reports, such as "forbids commercial use". */
  public String description() {
    return description;
  }

  /** True when the trait makes a licence fail the Open Source Definition. */
  public boolean restrictsOpenness() {
    return category != TraitCategory.DUTY;
  }

  /** The kebab-case id used in data files and policies, such as {@code non-commercial}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The trait with this id, if any. */
  public static Optional<Trait> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
  }

  /** Every id, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Trait::id).toList();
  }
}
