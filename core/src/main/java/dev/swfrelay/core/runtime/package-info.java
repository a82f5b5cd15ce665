/**
 * The poll → handle loop shared by the decider runner and the activity worker. Transport
 * code: the only place in core that waits in real time (back-off after failed polls).
 */
package dev.swfrelay.core.runtime;
