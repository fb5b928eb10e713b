/** Reading and writing JSON bodies with precise errors for what cannot be read. */
package dev.latchkey.web.json;
