/** HTTP for listing and ending one's sessions. */
package dev.latchkey.web.sessions;
