/** Adapter: the command line (picocli), one class per command. */
package dev.cloudplan.cli;
