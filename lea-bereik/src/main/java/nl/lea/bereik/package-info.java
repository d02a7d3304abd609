/**
 * The calculators of the LEA/vve figures: the bereik of a gemeente, whether its kindplaatsen
 * suffice, the mergeable national aggregates of report Tabel 1.10 and 1.11, the multi-year cohort of
 * Figuur 1.4, and counts per gemeente from toddler registers (docs/domein.md, bereik and registers).
 *
 * <p>Every count is an exact {@code long}, every ratio an exact {@link nl.lea.bereik.Ratio} until it
 * is rendered, and every percentage the integer half-up rule {@code (200a + b) div 2b}. Aggregates
 * are immutable and mergeable (associative and commutative with an identity), so parallel streams
 * and distributed map/reduce give the same answer as a loop.
 *
 * <p>A {@code null} argument, or a value that breaks a rule, throws {@link
 * nl.lea.core.DomainValidationException} (an {@code IllegalArgumentException}) naming the field,
 * the rule and the offending value ({@code field: rule, was value}), unless the {@code @param}
 * says otherwise. A count that would overflow a {@code long} throws {@link
 * java.lang.ArithmeticException}. No method returns {@code null}: an absent value is an empty
 * {@code Optional} or collection.
 */
package nl.lea.bereik;
