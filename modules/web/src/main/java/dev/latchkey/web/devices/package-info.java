/** HTTP for devices: registration, reads, rename, revocation, challenges and proofs. */
package dev.latchkey.web.devices;
