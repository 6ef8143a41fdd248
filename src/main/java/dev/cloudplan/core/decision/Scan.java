package dev.cloudplan.core.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every architecture's cost at many values of the swept driver at once, in doubles (a compiled plan): where a sweep
 * looks for crossings between its grid points. Never a reported figure: each crossing found is solved and priced by
 * the exact {@link Pricer}, and the scan is checked against it at every grid point before it is used.
 */
public interface Scan {
    /**
     * [value][architecture], in the order of the pricer's architectures: the compared cost, NaN where incomplete;
     * only for the architectures {@code which} selects (the others' are not read).
     */
    double[][] costs(List<BigDecimal> values, boolean[] which);

    /** Whether architecture {@code a} is priced slowly at each value (a month left to the pricing rules). */
    boolean slow(int a);
}
