/** /api/health, and what happens once as the application starts ({@code Startup}). */
package dev.latchkey.web.health;
