/** The decision matrix: weighted criteria per architecture from computed facts and stated scores, ranked. */
package dev.cloudplan.core.decide;
