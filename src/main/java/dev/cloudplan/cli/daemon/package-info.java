/**
 * The background JVM the {@code cloudplan} launcher hands runs to, so that a run does not pay for a JVM start,
 * picocli's reflective model and cold code every time (docs/benchmarks.md, "Start-up"). The protocol is in
 * {@link dev.cloudplan.cli.daemon.Request}.
 */
package dev.cloudplan.cli.daemon;
