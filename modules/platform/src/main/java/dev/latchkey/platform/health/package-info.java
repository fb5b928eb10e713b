/** MicroProfile Health checks: liveness of the service, readiness with a real database check. */
package dev.latchkey.platform.health;
