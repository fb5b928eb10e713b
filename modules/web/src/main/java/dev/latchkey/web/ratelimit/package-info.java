/** Which routes count against which rate limit, and the X-RateLimit-* headers they answer with. */
package dev.latchkey.web.ratelimit;
