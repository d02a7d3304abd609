/**
 * The calculators of the LEA/vve figures: the bereik of a gemeente, whether its kindplaatsen
 * suffice, the mergeable national aggregates of report Tabel 1.10 and 1.11, the multi-year cohort of
 * Figuur 1.4, and counts per gemeente from toddler registers (DOMAIN §3.11, §3.13, §4).
 *
 * <p>Every count is an exact {@code long} (a sum past {@link java.lang.Long#MAX_VALUE} throws
 * {@link java.lang.ArithmeticException}), every ratio an exact {@link nl.lea.bereik.Ratio} until it
 * is rendered, and every percentage the integer half-up rule of DOMAIN §4. Aggregates are
 * immutable and mergeable (associative and commutative with an identity), so parallel streams and
 * distributed map/reduce give the same answer as a loop. A {@code null} argument throws {@link
 * java.lang.NullPointerException} unless the {@code @param} says otherwise.
 */
package nl.lea.bereik;
