/**
 * Start-up work of every module, found by CDI ({@link dev.latchkey.platform.startup.StartupTask}),
 * so a module adds its own without touching the web module.
 */
package dev.latchkey.platform.startup;
