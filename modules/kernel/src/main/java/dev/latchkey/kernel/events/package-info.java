/** Events that cross module boundaries, as records; modules fire and observe them through CDI. */
package dev.latchkey.kernel.events;
