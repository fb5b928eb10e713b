/** Calls the service makes to other HTTP services (SMS gateway, webhook consumers). */
package dev.latchkey.platform.http;
