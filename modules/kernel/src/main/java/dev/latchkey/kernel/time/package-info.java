/** The one clock of the service, and the one way times are written in details and bodies (RFC 3339, UTC, seconds). */
package dev.latchkey.kernel.time;
