/** The OpenAPI document, built from the resources by a model reader, and how it is served. */
package dev.latchkey.web.openapi;
