package dev.latchkey.devices.registration.boundary;

import java.util.List;

/** One page of an account's devices, oldest first. */
public record DevicePage(List<DeviceView> items, int page, int size, long total) {
}
