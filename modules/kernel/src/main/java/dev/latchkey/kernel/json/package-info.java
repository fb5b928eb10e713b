/** JSON-P, without its per-call provider lookup ({@link dev.latchkey.kernel.json.Jsonp}). */
package dev.latchkey.kernel.json;
