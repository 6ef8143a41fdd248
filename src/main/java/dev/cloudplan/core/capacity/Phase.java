package dev.cloudplan.core.capacity;

/** The part of the day a load is taken at: the busiest hours, the other hours, or the day's average. */
public enum Phase { PEAK, OFF_PEAK, AVERAGE }
