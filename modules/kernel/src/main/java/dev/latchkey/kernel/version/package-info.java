/** Version tags (the ETags of resources) and the versions a client's change is meant for (its If-Match). */
package dev.latchkey.kernel.version;
