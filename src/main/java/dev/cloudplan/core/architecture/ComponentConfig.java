package dev.cloudplan.core.architecture;

/** A component's typed configuration; each pricing rule defines its own as a record. */
public interface ComponentConfig {}
