/** Random secrets for clients and the hashes the service stores instead of them. */
package dev.latchkey.kernel.secrets;
