/**
 * The service's own metrics, served with the server's at {@code /metrics} (MicroProfile Metrics,
 * Prometheus text): requests by route, method and status with their latency, sign-in outcomes,
 * rate-limit rejections by limit. Lockouts and outbox backlogs are counted where they happen.
 */
package dev.latchkey.web.metrics;
