/** The success envelope of CONTRACT.md section 2. */
package dev.latchkey.web.envelope;
