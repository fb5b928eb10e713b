/**
 * Devices: EC P-256 keys registered under a per-account quota, proof of possession by signed
 * challenges, revocation, and sessions bound to a device. Built by the devices issue.
 */
package dev.latchkey.devices;
