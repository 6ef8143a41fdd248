/** The pure domain core: no file, network or console I/O below this package. */
package dev.cloudplan.core;
