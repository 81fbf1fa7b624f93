/**
 * The domain model of an AI release: a {@link dev.shades.core.model.Release} with its
 * {@link dev.shades.core.model.Component components}, each with an {@link dev.shades.core.model.Availability}
 * and a {@link dev.shades.core.model.LicenseStatement}, release {@link dev.shades.core.model.Facts facts} and an
 * optional {@link dev.shades.core.model.BaseRelease base release}.
 *
 * <p>Everything here is immutable and free of nulls; what a source does not say is represented explicitly
 * ({@link dev.shades.core.model.Availability#UNKNOWN}, {@link java.util.Optional#empty()}).
 */
package dev.shades.core.model;
