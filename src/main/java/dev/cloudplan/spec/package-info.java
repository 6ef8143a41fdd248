/** Adapter: reads spec files (YAML with units) into scenarios, with precise errors for bad input. */
package dev.cloudplan.spec;
