/** Auditing a hand-made estimate: its claimed figures set against cloudplan's, each difference with its cause. */
package dev.cloudplan.core.audit;
